import { expect, test, type Page } from '@playwright/test';
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import sirv from 'sirv';
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

/**
 * Serves a copy of the built app's static part (the client files and the prerendered pages,
 * with the app shell for any other address) as a static host would, on a free port, so the
 * test can deploy a second build over it.
 */
async function serveCopyOfBuild(dir: string) {
	await cp('build/client', dir, { recursive: true });
	await cp('build/prerendered', dir, { recursive: true });
	const files = () =>
		sirv(dir, {
			single: '200.html',
			etag: true,
			dev: false,
			extensions: ['html'],
			gzip: true,
			brotli: true,
			// The browser must see a new worker script as soon as it is deployed.
			setHeaders: (res, pathname) => {
				if (pathname === '/sw.js') res.setHeader('Cache-Control', 'no-cache');
			}
		});
	// sirv reads the file list once; a deploy starts a fresh one, as a host does.
	let serve = files();
	const server: Server = createServer((req, res) =>
		serve(req, res, () => {
			res.statusCode = 404;
			res.end();
		})
	);
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		/** Deploys a second build: a different service worker that says which build it is. */
		async deploySecondBuild() {
			const sw = `${dir}/sw.js`;
			const second =
				(await readFile(sw, 'utf8')) +
				"\nself.addEventListener('message',(e)=>{if(e.data==='build?')e.ports[0]?.postMessage('second')});\n";
			await writeFile(sw, second);
			await writeFile(`${sw}.gz`, gzipSync(second));
			await writeFile(`${sw}.br`, brotliCompressSync(second));
			serve = files();
		},
		async close() {
			server.closeAllConnections();
			await new Promise((resolve) => server.close(resolve));
			await rm(dir, { recursive: true, force: true });
		}
	};
}

/** Which build's worker controls the page: 'second', or 'first' if it does not answer. */
function controllingBuild(page: Page): Promise<string> {
	return page.evaluate(
		() =>
			new Promise<string>((resolve) => {
				const channel = new MessageChannel();
				channel.port1.onmessage = (e) => resolve(String(e.data));
				navigator.serviceWorker.controller?.postMessage('build?', [channel.port2]);
				// The first build's worker never answers.
				setTimeout(() => resolve('first'), 1000);
			})
	);
}

function markWindow(page: Page, marker: string) {
	return page.evaluate((m) => ((window as unknown as { marker: string }).marker = m), marker);
}

function windowMarker(page: Page) {
	return page.evaluate(() => (window as unknown as { marker?: string }).marker);
}

test('a second build applied in one tab reloads that tab only; a tab mid-typing keeps its text and reloads when its user taps', async ({
	browser,
	viewport,
	isMobile,
	hasTouch,
	deviceScaleFactor,
	userAgent,
	locale,
	timezoneId
}, testInfo) => {
	// Two first installs and an update on a shared machine: more than the default 30 s.
	test.setTimeout(60_000);
	const host = await serveCopyOfBuild(testInfo.outputPath('build'));
	const context = await browser.newContext({
		viewport,
		isMobile,
		hasTouch,
		deviceScaleFactor,
		userAgent,
		locale,
		timezoneId,
		serviceWorkers: 'allow',
		baseURL: host.url
	});
	try {
		const tabA = await context.newPage();
		await tabA.goto('/');
		await waitForServiceWorker(tabA);
		const tabB = await context.newPage();
		await tabB.goto('/campaigns/new');
		await waitForServiceWorker(tabB);
		expect(await controllingBuild(tabB)).toBe('first');

		// Tab B: someone is typing a new campaign's name, not saved yet.
		await markWindow(tabA, 'tab A');
		await markWindow(tabB, 'typing');
		let tabBLoads = 0;
		tabB.on('load', () => tabBLoads++);
		const name = tabB.getByLabel('센터 이름');
		await name.pressSequentially('새 고객');
		await expect(name).toHaveValue('새 고객');

		await host.deploySecondBuild();
		await tabA.evaluate(async () => {
			await (await navigator.serviceWorker.getRegistration())?.update();
		});
		const prompt = tabA.getByRole('status').filter({ hasText: '새 버전이 있습니다.' });
		await expect(prompt).toBeVisible();

		const tabAReloaded = tabA.waitForEvent('load');
		await prompt.getByRole('button', { name: '새로 고침' }).tap();
		await tabAReloaded;
		expect(await windowMarker(tabA)).toBeUndefined();
		await expect
			.poll(() => tabA.evaluate(() => navigator.serviceWorker.controller?.state ?? 'none'))
			.toBe('activated');
		expect(await controllingBuild(tabA)).toBe('second');

		// Tab B is served by the second build too, says so, and waits for its user.
		const notice = tabB.getByRole('status').filter({ hasText: '새 버전이 적용되었습니다' });
		await expect(notice).toContainText(
			'새 버전이 적용되었습니다 — 작업을 마친 뒤 새로 고침을 누르세요.'
		);
		expect(await controllingBuild(tabB)).toBe('second');
		// Gives a wrongly scheduled reload time to happen.
		await tabB.waitForTimeout(1000);
		expect(await windowMarker(tabB)).toBe('typing');
		expect(tabBLoads).toBe(0);
		await expect(name).toHaveValue('새 고객');
		await name.pressSequentially('센터');
		await expect(name).toHaveValue('새 고객센터');

		const tabBReloaded = tabB.waitForEvent('load');
		await notice.getByRole('button', { name: '새로 고침' }).tap();
		await tabBReloaded;
		expect(await windowMarker(tabB)).toBeUndefined();
		await expect(tabB.getByText('새 버전이 적용되었습니다')).toBeHidden();
		expect(await controllingBuild(tabB)).toBe('second');
	} finally {
		await context.close();
		await host.close();
	}
});
