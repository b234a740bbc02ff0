import { expect, test } from '@playwright/test';
import { answer, check, createCampaign, startEvaluation } from './fixtures';

test('a note shows a counter near 4,000 characters and says so when a paste was cut', async ({
	page,
	context
}) => {
	// Filling and pasting thousands of characters takes a while on a busy two-core machine.
	test.setTimeout(60_000);
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await createCampaign(page);
	await startEvaluation(page);
	const card = check(page, /전화, 팩스, 이메일 응대를 제공하고 있다/);
	await answer(page, /전화, 팩스, 이메일 응대를 제공하고 있다/, '충족');
	await card.getByText('메모·사진').tap();
	const note = card.getByRole('textbox', { name: /메모/ });

	// Far from the limit: no counter.
	await note.fill('가'.repeat(100));
	await expect(card.getByText(/\/4,000자$/)).toHaveCount(0);

	// Near it: a live counter, read with the field.
	await note.fill('가'.repeat(3700));
	await expect(card.getByText('3,700/4,000자')).toBeVisible();
	await expect(note).toHaveAccessibleDescription(/3,700\/4,000자/);

	// A paste that does not fit is cut by the browser: the cut is said, not hidden.
	await note.fill('');
	await page.evaluate((text) => navigator.clipboard.writeText(text), '나'.repeat(4500));
	await note.focus();
	await page.keyboard.press('ControlOrMeta+V');
	await expect(note).toHaveValue('나'.repeat(4000));
	await expect(card.getByText('4,000/4,000자')).toBeVisible();
	await expect(
		card.getByText(
			'붙여 넣은 글이 4,000자를 넘어 4,000자에서 잘렸습니다. 잘린 뒷부분은 저장되지 않았습니다.'
		)
	).toBeVisible();

	// Deleting below the limit clears the message.
	await page.keyboard.press('Backspace');
	await expect(card.getByText('3,999/4,000자')).toBeVisible();
	await expect(card.getByText(/잘렸습니다/)).toHaveCount(0);
});
