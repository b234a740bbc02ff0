import { expect, test } from '@playwright/test';
import { goOffline, waitForServiceWorker } from './offline-helpers';

test('the health endpoint answers from the server, never to be cached', async ({ request }) => {
	const response = await request.get('/api/v1/health');
	expect(response.status()).toBe(200);
	expect(response.headers()['cache-control']).toBe('no-store');
	expect(response.headers()['content-type']).toContain('application/json');
	const body = (await response.json()) as { ok: boolean; db: string; schema: number };
	expect(body.ok).toBe(true);
	expect(['pglite', 'postgres']).toContain(body.db);
	expect(body.schema).toBeGreaterThanOrEqual(1);
});

test('the service worker never answers /api: offline, the request fails', async ({
	page,
	context
}) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1, exact: true, name: '평가' })).toBeVisible();
	await waitForServiceWorker(page);

	// Online, through the active worker: the server answers.
	const online = await page.evaluate(async () => {
		const res = await fetch('/api/v1/health');
		return { status: res.status, body: (await res.json()) as { ok: boolean } };
	});
	expect(online).toEqual({ status: 200, body: expect.objectContaining({ ok: true }) });

	// Nothing under /api was put in any cache.
	const cached = await page.evaluate(async () => {
		const urls: string[] = [];
		for (const name of await caches.keys()) {
			const cache = await caches.open(name);
			for (const req of await cache.keys()) urls.push(new URL(req.url).pathname);
		}
		return urls;
	});
	expect(cached).toContain('/200.html');
	expect(cached.filter((u) => u.startsWith('/api'))).toEqual([]);

	await goOffline(context);
	// A fetch fails instead of returning an earlier answer…
	const offline = await page.evaluate(async () => {
		try {
			const res = await fetch('/api/v1/health');
			return `answered ${res.status}`;
		} catch {
			return 'failed';
		}
	});
	expect(offline).toBe('failed');
	// …and opening an API address is not answered with the app shell (in a tab of its own:
	// the failed navigation leaves that tab on the browser's error page).
	const tab = await context.newPage();
	await expect(tab.goto('/api/v1/health')).rejects.toThrow(/ERR_INTERNET_DISCONNECTED|ERR_FAILED/);
	await tab.close();
	// The app itself still opens offline, shell included.
	await page.goto('/reports');
	await expect(page.getByRole('heading', { level: 1, exact: true, name: '보고서' })).toBeVisible();
	await page.goto('/campaigns/some/deep/link');
	await expect(
		page.getByRole('heading', { level: 1, exact: true, name: '페이지를 찾을 수 없습니다' })
	).toBeVisible();
});
