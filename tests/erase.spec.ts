import { expect, test } from '@playwright/test';
import { completeEvaluation, createCampaign, goToStage, startEvaluation } from './fixtures';

test('a final evaluation is deleted after a confirmation, and is gone from home, reports and its scorecard', async ({
	page
}) => {
	test.setTimeout(90_000);
	await createCampaign(page, { name: '가람카드' });
	await startEvaluation(page, { scenario: '분실 신고' });
	const id = await completeEvaluation(page);
	const name = '가람카드 · 분실 신고';

	await page.goto('/');
	const row = page.getByRole('listitem').filter({ hasText: name });
	await expect(row).toContainText('확정');
	await row.getByRole('button', { name: `${name} 삭제` }).tap();
	const confirm = row.getByRole('alertdialog');
	await expect(confirm).toContainText('확정된 평가를 삭제하면 되돌릴 수 없습니다');
	// Cancelling keeps it.
	await confirm.getByRole('button', { name: '취소' }).tap();
	await expect(row).toHaveCount(1);

	// Deleted, then undone within the window: back exactly as it was.
	await row.getByRole('button', { name: `${name} 삭제` }).tap();
	await row.getByRole('button', { name: '삭제 확인' }).tap();
	await expect(page.getByRole('listitem').filter({ hasText: name })).toHaveCount(0);
	await page.getByRole('button', { name: '되돌리기' }).tap();
	await expect(page.getByRole('listitem').filter({ hasText: name })).toContainText('확정');

	// Deleted for good.
	await row.getByRole('button', { name: `${name} 삭제` }).tap();
	await row.getByRole('button', { name: '삭제 확인' }).tap();
	await expect(page.getByRole('listitem').filter({ hasText: name })).toHaveCount(0);
	await page.reload();
	await expect(page.getByRole('heading', { name: '아직 평가가 없습니다' })).toBeVisible();

	await page.goto('/reports');
	await expect(page.getByRole('heading', { level: 2, name: '평가표' })).toBeVisible();
	await expect(page.getByRole('link', { name: new RegExp(name) })).toHaveCount(0);
	await page.goto(`/reports/evaluations/${id}`);
	await expect(page.getByRole('alert')).toContainText('찾을 수 없');
});

test('an evaluation deleted from its scorecard can be undone from the home list', async ({
	page
}) => {
	await createCampaign(page, { name: '누리통신' });
	await startEvaluation(page, { scenario: '요금 문의' });
	const id = /^\/evaluations\/([^/]+)\//.exec(new URL(page.url()).pathname)?.[1];
	await page.goto(`/reports/evaluations/${id}`);
	await page.getByRole('button', { name: '삭제', exact: true }).tap();
	await page.getByRole('button', { name: '삭제 확인' }).tap();
	await expect(page).toHaveURL(/\/$/);
	await expect(page.getByRole('status').filter({ hasText: '평가를 삭제했습니다.' })).toBeVisible();
	await page.getByRole('button', { name: '되돌리기' }).tap();
	await expect(page.getByRole('listitem').filter({ hasText: '누리통신 · 요금 문의' })).toHaveCount(
		1
	);
});

test('erase everything from Settings: it lists what goes, needs the word typed, then the app starts fresh', async ({
	page
}) => {
	await createCampaign(page, { name: '한빛은행' });
	await startEvaluation(page, { scenario: '대출 상담', evaluator: '최평가' });

	await page.goto('/settings');
	await page.getByRole('button', { name: '모든 데이터 지우기…' }).tap();
	const confirm = page.getByRole('alertdialog');
	await expect(confirm).toContainText('캠페인 1개');
	await expect(confirm).toContainText('평가 1건');
	await expect(confirm).toContainText('사진 0장');
	await expect(confirm).toContainText('통화 녹음 파일 0개');
	await expect(confirm).toContainText('서명 키와 기기 ID');
	const erase = confirm.getByRole('button', { name: '모두 지우기' });
	await expect(erase).toBeDisabled();
	await confirm.getByLabel('확인하려면 "지우기"를 입력하세요').fill('지우기');
	await expect(erase).toBeEnabled();
	await erase.tap();

	await expect(page.getByRole('heading', { name: '아직 평가가 없습니다' })).toBeVisible();
	await page.goto('/campaigns');
	await expect(page.getByRole('heading', { name: '등록된 캠페인이 없습니다' })).toBeVisible();
	// Preferences went too: the evaluator's name is no longer remembered.
	const prefs = await page.evaluate(() => localStorage.getItem('ks1006.preferences'));
	expect(prefs === null || !prefs.includes('최평가')).toBe(true);
});

test('scenario, notes, opinion and agent fields keep their text out of the browser’s autofill', async ({
	page
}) => {
	await createCampaign(page, { name: '다온보험' });
	await page.goto('/evaluations/new');
	await expect(page.getByLabel('시나리오')).toHaveAttribute('autocomplete', 'off');
	await startEvaluation(page, { scenario: '보험금 청구' });
	await goToStage(page, '상담');
	await page.getByText('메모·사진').first().tap();
	const fields = [
		page.getByRole('textbox', { name: '메모' }).first(),
		page.getByRole('textbox', { name: '종합 의견' }),
		page.getByRole('textbox', { name: '성명', exact: true }),
		page.getByRole('textbox', { name: '소속', exact: true })
	];
	for (const field of fields) {
		await expect(field).toHaveAttribute('autocomplete', 'off');
		const name = (await field.getAttribute('name')) ?? '';
		expect(name).not.toMatch(/name|email|phone|tel|address|cc-/i);
	}
});
