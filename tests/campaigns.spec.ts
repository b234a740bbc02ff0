import { expect, test } from '@playwright/test';
import { createCampaign } from './fixtures';

test('a campaign is created, listed, edited and remembered after a reload', async ({ page }) => {
	await createCampaign(page, { name: '한빛카드 고객센터', phone: '1588-1234\n02-123-4567' });
	await page.getByRole('link', { name: /한빛카드 고객센터/ }).tap();
	await expect(
		page.getByRole('heading', { level: 1, exact: true, name: '캠페인 수정' })
	).toBeVisible();
	await expect(page.getByLabel('센터 이름')).toHaveValue('한빛카드 고객센터');
	await expect(page.getByLabel('전화번호')).toHaveValue('1588-1234\n02-123-4567');

	await page.getByLabel('합격 점수').fill('85');
	await page.getByRole('button', { name: '채널 추가' }).tap();
	await page.getByLabel('이름', { exact: true }).fill('카카오톡 상담');
	await page.getByRole('button', { name: '저장' }).tap();
	await expect(page.getByRole('heading', { level: 1, exact: true, name: '캠페인' })).toBeVisible();

	await page.reload();
	await page.getByRole('link', { name: /한빛카드 고객센터/ }).tap();
	await expect(page.getByLabel('합격 점수')).toHaveValue('85');
	await expect(page.getByLabel('이름', { exact: true })).toHaveValue('카카오톡 상담');
});

test('a campaign without a name is refused with a message on the field', async ({ page }) => {
	await page.goto('/campaigns/new');
	await page.getByLabel('합격 점수').fill('95');
	await page.getByRole('button', { name: '저장' }).tap();
	await expect(page.getByRole('alert')).toHaveText('입력을 확인해 주세요.');
	await expect(page.getByLabel('센터 이름')).toHaveAttribute('aria-invalid', 'true');
	await expect(page.getByText('필수 항목입니다.')).toBeVisible();
	// excellent (90) below pass (95) is refused too
	await expect(page.getByText('합격 점수 이상이어야 합니다.')).toBeVisible();
});

test('a tap before the app has started neither submits natively nor loses typed text', async ({
	page
}) => {
	// Hold the app's scripts back: the prerendered form is on screen but not yet live.
	let release = () => {};
	const gate = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_app/immutable/**', async (route) => {
		await gate;
		await route.continue();
	});
	await page.goto('/campaigns/new', { waitUntil: 'domcontentloaded' });
	await page.getByLabel('센터 이름').fill('새벽 고객센터');
	const save = page.getByRole('button', { name: '저장' });
	const box = await save.boundingBox();
	if (!box) throw new Error('the save button has no box');
	await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
	await expect(page).toHaveURL(/\/campaigns\/new$/);

	release();
	await save.tap();
	await expect(page.getByRole('heading', { level: 1, exact: true, name: '캠페인' })).toBeVisible();
	await expect(page.getByRole('link', { name: /새벽 고객센터/ })).toBeVisible();
});
