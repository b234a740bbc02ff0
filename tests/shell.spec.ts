import { expect, test } from '@playwright/test';

const routes = [
	{ nav: '캠페인', heading: '캠페인', path: '/campaigns' },
	{ nav: '후속 조치', heading: '후속 조치', path: '/follow-ups' },
	{ nav: '보고서', heading: '보고서', path: '/reports' },
	{ nav: '설정', heading: '설정', path: '/settings' },
	{ nav: '평가', heading: '평가', path: '/' }
];

test('the shell renders on a phone with a main landmark and the bottom navigation', async ({
	page
}) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1, exact: true, name: '평가' })).toBeVisible();
	await expect(page.getByRole('main')).toBeVisible();
	const nav = page.getByRole('navigation', { name: '주 메뉴' });
	await expect(nav.getByRole('link')).toHaveCount(5);
	await expect(nav.getByRole('link', { name: '평가' })).toHaveAttribute('aria-current', 'page');
	await expect(page).toHaveTitle('평가 · 미스터리쇼핑');
	await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
});

test('navigation works by tap and every route has its own title', async ({ page }) => {
	await page.goto('/');
	const nav = page.getByRole('navigation', { name: '주 메뉴' });
	for (const route of routes) {
		await nav.getByRole('link', { name: route.nav, exact: true }).tap();
		await expect(page).toHaveURL(route.path);
		await expect(page.getByRole('heading', { level: 1, name: route.heading })).toBeVisible();
		await expect(page).toHaveTitle(`${route.heading} · 미스터리쇼핑`);
		await expect(nav.getByRole('link', { name: route.nav, exact: true })).toHaveAttribute(
			'aria-current',
			'page'
		);
	}
});

test('no screen scrolls sideways and nav targets are thumb-sized', async ({ page }) => {
	for (const route of routes) {
		await page.goto(route.path);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow, `${route.path} overflows sideways`).toBeLessThanOrEqual(0);
	}
	const boxes = await page
		.getByRole('navigation', { name: '주 메뉴' })
		.getByRole('link')
		.evaluateAll((links) => links.map((l) => l.getBoundingClientRect().toJSON() as DOMRect));
	for (const box of boxes) {
		expect(box.height).toBeGreaterThanOrEqual(48);
		expect(box.width).toBeGreaterThanOrEqual(48);
	}
});

test('an unknown address shows a not-found page inside the app', async ({ page }) => {
	await page.goto('/no-such-page');
	await expect(
		page.getByRole('heading', { level: 1, exact: true, name: '페이지를 찾을 수 없습니다' })
	).toBeVisible();
	await page.getByRole('link', { name: '평가 목록으로' }).tap();
	await expect(page.getByRole('heading', { level: 1, exact: true, name: '평가' })).toBeVisible();
});

test('the web app manifest is installable: Korean names, standalone, maskable icons', async ({
	page,
	request
}) => {
	await page.goto('/');
	const href = await page.locator('link[rel="manifest"]').getAttribute('href');
	expect(href).toBeTruthy();
	const manifest = await (await request.get(new URL(href!, page.url()).href)).json();
	expect(manifest.short_name).toBe('미스터리쇼핑');
	expect(manifest.display).toBe('standalone');
	const maskable = manifest.icons.filter((i: { purpose: string }) => i.purpose === 'maskable');
	expect(maskable.map((i: { sizes: string }) => i.sizes).sort()).toEqual(['192x192', '512x512']);
	for (const icon of manifest.icons) {
		const res = await request.get(new URL(icon.src, page.url()).href);
		expect(res.headers()['content-type']).toBe('image/png');
	}
	const apple = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href');
	expect((await request.get(new URL(apple!, page.url()).href)).ok()).toBe(true);
});
