import { expect, test, type BrowserContext, type Page } from '@playwright/test';

/** Waits until a service worker is active and controls the page (a reload may be needed). */
async function waitForServiceWorker(page: Page) {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) {
		await page.reload();
	}
	await expect
		.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state ?? 'none'))
		.toBe('activated');
}

/** Cuts the network: the browser goes offline and every request that leaves it fails. */
async function goOffline(context: BrowserContext) {
	await context.route('**/*', (route) => route.abort('internetdisconnected'));
	await context.setOffline(true);
}

test('after one visit the app reloads and navigates with the network cut off', async ({
	page,
	context
}) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1, name: '평가' })).toBeVisible();
	await waitForServiceWorker(page);

	await goOffline(context);
	await page.reload();
	await expect(page.getByRole('heading', { level: 1, name: '평가' })).toBeVisible();

	const nav = page.getByRole('navigation', { name: '주 메뉴' });
	for (const name of ['캠페인', '후속 조치', '보고서', '설정']) {
		await nav.getByRole('link', { name, exact: true }).tap();
		await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
	}
	await page.getByRole('radio', { name: 'English' }).check();
	await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
	await expect(page.getByText('Ready to work offline')).toBeVisible();
});

test('any in-app address opens offline, straight from the address bar', async ({
	page,
	context
}) => {
	await page.goto('/');
	await waitForServiceWorker(page);
	await goOffline(context);

	await page.goto('/reports');
	await expect(page.getByRole('heading', { level: 1, name: '보고서' })).toBeVisible();
	await page.goto('/campaigns/some/deep/link');
	await expect(
		page.getByRole('heading', { level: 1, name: '페이지를 찾을 수 없습니다' })
	).toBeVisible();
	await expect(page.getByRole('navigation', { name: '주 메뉴' })).toBeVisible();
});
