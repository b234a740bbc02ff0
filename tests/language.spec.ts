import { expect, test } from '@playwright/test';

test('switching to English changes every screen and is remembered after a reload', async ({
	page
}) => {
	await page.goto('/settings');
	await expect(page.getByRole('heading', { level: 1, exact: true, name: '설정' })).toBeVisible();
	await page.getByRole('radio', { name: 'English' }).check();

	await expect(
		page.getByRole('heading', { level: 1, exact: true, name: 'Settings' })
	).toBeVisible();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	const nav = page.getByRole('navigation', { name: 'Main menu' });
	await nav.getByRole('link', { name: 'Campaigns' }).tap();
	await expect(
		page.getByRole('heading', { level: 1, exact: true, name: 'Campaigns' })
	).toBeVisible();
	await expect(page).toHaveTitle('Campaigns · Mystery Shop');

	await page.reload();
	await expect(
		page.getByRole('heading', { level: 1, exact: true, name: 'Campaigns' })
	).toBeVisible();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');

	await nav.getByRole('link', { name: 'Settings' }).tap();
	await page.getByRole('radio', { name: '한국어' }).check();
	await expect(page.getByRole('heading', { level: 1, exact: true, name: '설정' })).toBeVisible();
	await page.reload();
	await expect(page.getByRole('heading', { level: 1, exact: true, name: '설정' })).toBeVisible();
});

test('settings show whether storage is persistent and how much is used', async ({ page }) => {
	await page.goto('/settings');
	await expect(page.getByTestId('storage-persistence')).toHaveText(/영구 저장|일반 저장/);
	await expect(page.getByRole('meter')).toBeVisible();
	await expect(page.getByText(/중 .* 사용/)).toBeVisible();
	await expect(page.getByRole('heading', { name: 'iPhone·iPad 사용자' })).toBeVisible();
});

test('a language tap before the app has started is ignored, not half-applied', async ({ page }) => {
	let release = () => {};
	const gate = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_app/immutable/**', async (route) => {
		await gate;
		await route.continue();
	});
	await page.goto('/settings', { waitUntil: 'domcontentloaded' });
	const english = page.getByRole('radio', { name: 'English' });
	const box = await english.boundingBox();
	if (!box) throw new Error('the radio has no box');
	await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
	await expect(english).not.toBeChecked();

	release();
	await english.check();
	await expect(
		page.getByRole('heading', { level: 1, exact: true, name: 'Settings' })
	).toBeVisible();
});
