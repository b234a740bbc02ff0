import { expect, test, type Page, type Route } from '@playwright/test';

/** Answers the team server's API from the page's own network layer (no server behind it). */
async function fakeTeamServer(page: Page, state: { offline: boolean }) {
	await page.route('**/api/v1/**', async (route: Route) => {
		if (state.offline) return route.abort('internetdisconnected');
		const url = new URL(route.request().url());
		const path = url.pathname.replace('/api/v1', '');
		const json = (body: unknown) => route.fulfill({ status: 200, json: body });
		if (path === '/session') {
			return json({
				member: { id: 'm1', displayName: '김평가' },
				csrf: 'c1',
				orgs: [],
				memberships: [],
				signIn: { passkeys: 0, password: true }
			});
		}
		if (path === '/device-keys' && route.request().method() === 'POST') {
			return json({ fingerprint: 'AAAA BBBB CCCC DDDD' });
		}
		if (path === '/device-keys') return json({ keys: [] });
		if (path === '/campaigns') return json({ campaigns: [] });
		if (path === '/pull') return json({ items: [], cursor: 0, more: false });
		if (path === '/push') return json({ results: [] });
		return route.fulfill({ status: 404, json: { error: 'not-found', message: path } });
	});
}

/** Puts a row into the app's `meta` store, once the app has made its database. */
async function putMeta(page: Page, row: { id: string } & Record<string, unknown>) {
	// Only once the app has made its database: opening it first would make an empty one.
	await page.waitForFunction(async () =>
		(await indexedDB.databases()).some((d) => d.name === 'ks-s-1006' && (d.version ?? 0) >= 3)
	);
	await page.evaluate(async (row) => {
		const open = () =>
			new Promise<IDBDatabase>((resolve, reject) => {
				const req = indexedDB.open('ks-s-1006');
				req.onsuccess = () => resolve(req.result);
				req.onerror = () => reject(req.error);
			});
		// The database is listed as soon as the app starts making it; its stores exist once the
		// app's upgrade has run, so a connection that does not see them yet tries again.
		let db = await open();
		for (let tries = 0; !db.objectStoreNames.contains('meta'); tries++) {
			db.close();
			if (tries > 100) throw new Error('the app never made its meta store');
			await new Promise((resolve) => setTimeout(resolve, 50));
			db = await open();
		}
		await new Promise<void>((resolve, reject) => {
			const tx = db.transaction('meta', 'readwrite');
			tx.objectStore('meta').put(row);
			tx.oncomplete = () => resolve();
			tx.onerror = () => reject(tx.error);
		});
		db.close();
	}, row);
}

/** Stores a team link in the app's database, as signing in would. */
async function link(page: Page) {
	const now = Date.now();
	await putMeta(page, {
		id: 'team-link',
		link: {
			memberId: 'm1',
			displayName: '김평가',
			orgs: [],
			memberships: [],
			linkedAt: now,
			confirmedAt: now
		}
	});
}

const heading = (page: Page) => page.getByRole('heading', { level: 1, exact: true, name: '평가' });

test('a solo phone shows no sync status', async ({ page }) => {
	await page.goto('/');
	await expect(heading(page)).toBeVisible();
	await page.waitForLoadState('networkidle');
	await expect(page.getByRole('region', { name: '팀 서버 동기화' })).toHaveCount(0);
});

test('a linked phone syncs after the first paint, shows the time, and a failure with its reason', async ({
	page
}) => {
	const state = { offline: false };
	await fakeTeamServer(page, state);
	await page.goto('/');
	await expect(heading(page)).toBeVisible();
	await link(page);
	await page.reload();
	const status = page.getByRole('region', { name: '팀 서버 동기화' });
	await expect(status.getByText(/^마지막 동기화 \d\d:\d\d$/)).toBeVisible();
	const button = status.getByRole('button', { name: '지금 동기화' });
	const box = await button.boundingBox();
	expect(box?.height).toBeGreaterThanOrEqual(44);

	state.offline = true;
	await button.tap();
	// Being offline is said plainly, not as a failure.
	await expect(status.getByText(/^오프라인: 네트워크에 연결되면 다시 시도합니다$/)).toBeVisible();
	await expect(status.getByText(/동기화 실패/)).toHaveCount(0);
	// Work goes on: the list's controls stay usable.
	await expect(page.getByRole('link', { name: '새 평가' }).first()).toBeVisible();
});

test('back online, sync goes at once whatever back-off the time offline built up', async ({
	page,
	context
}, testInfo) => {
	const state = { offline: false };
	await fakeTeamServer(page, state);
	await page.goto('/');
	await expect(heading(page)).toBeVisible();
	await link(page);
	// What a long time without signal leaves: many failures in a row, the next try minutes away.
	const now = Date.now();
	await putMeta(page, {
		id: 'sync-state',
		state: {
			cursor: 0,
			failures: 7,
			nextAttemptAt: now + 4 * 60_000,
			lastFailure: { at: now, kind: 'offline', message: 'Failed to fetch' },
			pendingBlobs: [],
			wantedPhotos: []
		}
	});
	await page.reload();
	const status = page.getByRole('region', { name: '팀 서버 동기화' });
	const offline = status.getByText(/^오프라인: 네트워크에 연결되면 다시 시도합니다$/);
	await expect(offline).toBeVisible();
	await expect(status.getByText(/^아직 동기화하지 않음$/)).toBeVisible();

	state.offline = true;
	await context.setOffline(true);
	await expect.poll(() => page.evaluate(() => navigator.onLine)).toBe(false);

	const back = Date.now();
	state.offline = false;
	await context.setOffline(false);
	await expect(status.getByText(/^마지막 동기화 \d\d:\d\d$/)).toBeVisible({ timeout: 30_000 });
	await expect(offline).toHaveCount(0);
	const ms = Date.now() - back;
	console.log(`network back → synced: ${String(ms)} ms`);
	testInfo.annotations.push({ type: 'network back → synced (ms)', description: String(ms) });
});
