import { expect, test } from '@playwright/test';
import { goOffline, waitForServiceWorker } from './offline-helpers';

test('after one visit the app reloads and navigates with the network cut off', async ({
	page,
	context
}) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1, exact: true, name: '평가' })).toBeVisible();
	await waitForServiceWorker(page);

	await goOffline(context);
	await page.reload();
	await expect(page.getByRole('heading', { level: 1, exact: true, name: '평가' })).toBeVisible();

	const nav = page.getByRole('navigation', { name: '주 메뉴' });
	for (const name of ['캠페인', '후속 조치', '보고서', '설정']) {
		await nav.getByRole('link', { name, exact: true }).tap();
		await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
	}
	await page.getByRole('radio', { name: 'English' }).check();
	await expect(
		page.getByRole('heading', { level: 1, exact: true, name: 'Settings' })
	).toBeVisible();
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
	await expect(page.getByRole('heading', { level: 1, exact: true, name: '보고서' })).toBeVisible();
	await page.goto('/campaigns/some/deep/link');
	await expect(
		page.getByRole('heading', { level: 1, exact: true, name: '페이지를 찾을 수 없습니다' })
	).toBeVisible();
	await expect(page.getByRole('navigation', { name: '주 메뉴' })).toBeVisible();
});
