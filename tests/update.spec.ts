import { expect, test } from '@playwright/test';
import { waitForServiceWorker } from './offline-helpers';

// A new version reloads only the tab whose user asked for it (see pwa.svelte.test.ts); every
// other tab, perhaps mid-typing, is told and reloads only when its user taps.

test('when a new version takes over from another tab, this tab says so and never reloads by itself', async ({
	page
}) => {
	await page.goto('/');
	await waitForServiceWorker(page);
	// Survives until the page reloads.
	await page.evaluate(() => ((window as unknown as { marker: string }).marker = 'typing'));

	// What the browser does in every open tab once another tab's 새로 고침 activated the update.
	await page.evaluate(() => navigator.serviceWorker.dispatchEvent(new Event('controllerchange')));

	const notice = page.getByRole('status').filter({ hasText: '새 버전이 적용되었습니다' });
	await expect(notice).toContainText(
		'새 버전이 적용되었습니다 — 작업을 마친 뒤 새로 고침을 누르세요.'
	);
	await page.waitForTimeout(1000);
	expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe(
		'typing'
	);

	const reloaded = page.waitForEvent('load');
	await notice.getByRole('button', { name: '새로 고침' }).tap();
	await reloaded;
	expect(
		await page.evaluate(() => (window as unknown as { marker?: string }).marker)
	).toBeUndefined();
	await expect(page.getByText('새 버전이 적용되었습니다')).toBeHidden();
});
