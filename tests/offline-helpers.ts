import { expect, type BrowserContext, type Page } from '@playwright/test';

/** Waits until a service worker is active and controls the page (a reload may be needed). */
export async function waitForServiceWorker(page: Page) {
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
export async function goOffline(context: BrowserContext) {
	await context.route('**/*', (route) => route.abort('internetdisconnected'));
	await context.setOffline(true);
}

/** Visits once online so the app is cached, then cuts the network. */
export async function offlineFromTheStart(page: Page, context: BrowserContext) {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1, exact: true, name: '평가' })).toBeVisible();
	await waitForServiceWorker(page);
	await goOffline(context);
}
