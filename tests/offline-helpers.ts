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

/**
 * What a phone's share sheet does when a file is shared to the app: posts it as a form to the
 * manifest's share_target (/share), answered by the service worker (offline too).
 */
export async function shareToApp(page: Page, name: string, bytes: Uint8Array, type: string) {
	await page.evaluate(
		({ name, bytes, type }) => {
			const form = document.createElement('form');
			form.method = 'post';
			form.action = '/share';
			form.enctype = 'multipart/form-data';
			const input = document.createElement('input');
			input.type = 'file';
			input.name = 'audio';
			const files = new DataTransfer();
			files.items.add(new File([new Uint8Array(bytes)], name, { type }));
			input.files = files.files;
			form.append(input);
			document.body.append(form);
			form.submit();
		},
		{ name, bytes: [...bytes], type }
	);
}
