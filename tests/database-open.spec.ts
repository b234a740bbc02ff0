import {
	chromium,
	devices,
	expect,
	test,
	type Browser,
	type BrowserContext,
	type Page
} from '@playwright/test';
import { waitForServiceWorker } from './offline-helpers';

// Opening the app's database never hangs, in Chromium with the back/forward cache on, as
// phones run it (Playwright launches Chromium with that cache off).

let browser: Browser;

test.beforeAll(async ({ playwright: _ }, testInfo) => {
	const launch = testInfo.project.use.launchOptions;
	browser = await chromium.launch({
		...launch,
		ignoreDefaultArgs: ['--disable-back-forward-cache'],
		args: [...(launch?.args ?? []), '--enable-features=BackForwardCache']
	});
});
test.afterAll(async () => {
	await browser.close();
});

async function phone(baseURL: string | undefined): Promise<BrowserContext> {
	const { defaultBrowserType: _, ...pixel } = devices['Pixel 7'];
	return browser.newContext({ ...pixel, baseURL, locale: 'ko-KR', timezoneId: 'Asia/Seoul' });
}

/** Creates a campaign through the form; returns when the campaign list shows it. */
async function saveCampaign(page: Page, name: string) {
	await page.goto('/campaigns/new');
	await page.getByLabel('센터 이름').fill(name);
	await page.getByLabel('전화번호').fill('1588-0000');
	await page.getByRole('button', { name: '저장' }).tap();
	await expect(page.getByRole('heading', { level: 1, exact: true, name: '캠페인' })).toBeVisible();
	await expect(page.getByRole('link', { name: new RegExp(name) })).toBeVisible();
}

/** Whether the last page shown came out of the back/forward cache. */
function restoredFromCache(page: Page) {
	return page.evaluate(() => sessionStorage.getItem('last-pageshow') === 'persisted');
}

const recordPageShow = () => {
	addEventListener('pageshow', (e) => {
		sessionStorage.setItem('last-pageshow', e.persisted ? 'persisted' : 'loaded');
	});
};

test('a page left while the first open was upgrading the database does not hold up the next one', async ({
	baseURL
}) => {
	const context = await phone(baseURL);
	// The person follows a link while the fresh database is being created: the upgrade is kept
	// busy until the page is gone, so the page is frozen (or dropped) half-way through it.
	await context.addInitScript(() => {
		if (location.pathname !== '/' || sessionStorage.getItem('left')) return;
		const open = indexedDB.open.bind(indexedDB);
		indexedDB.open = (name: string, version?: number) => {
			const request = open(name, version);
			request.addEventListener('upgradeneeded', () => {
				sessionStorage.setItem('left', '1');
				location.href = '/campaigns/new';
				const tx = request.transaction;
				// After the app's own upgrade step has made the stores.
				const busy = () => {
					try {
						tx?.objectStore('meta').get('busy').addEventListener('success', busy);
					} catch {
						// The transaction ended: the page is going.
					}
				};
				queueMicrotask(busy);
			});
			return request;
		};
	});
	const page = await context.newPage();
	await page.goto('/');
	await page.waitForURL('**/campaigns/new');
	await page.getByLabel('센터 이름').fill('첫 저장 고객센터');
	await page.getByLabel('전화번호').fill('1588-0000');
	await page.getByRole('button', { name: '저장' }).tap();
	await expect(page.getByRole('heading', { level: 1, exact: true, name: '캠페인' })).toBeVisible({
		timeout: 15_000
	});
	await expect(page.getByRole('link', { name: /첫 저장 고객센터/ })).toBeVisible();

	// Back and forward again: each page shown reads and writes the one database.
	await page.goBack({ waitUntil: 'commit' });
	await page.goBack({ waitUntil: 'commit' });
	await expect(page.getByRole('heading', { level: 1, exact: true, name: '평가' })).toBeVisible();
	await saveCampaign(page, '두 번째 고객센터');
	await expect(page.getByRole('link', { name: /첫 저장 고객센터/ })).toBeVisible();
	await context.close();
});

test('a page kept in the back/forward cache holds no connection, and saves again when shown', async ({
	baseURL
}) => {
	const context = await phone(baseURL);
	await context.addInitScript(recordPageShow);
	const page = await context.newPage();
	// An installed app: a service worker taking over a page evicts it from the cache.
	await page.goto('/');
	await waitForServiceWorker(page);
	await saveCampaign(page, '캐시 고객센터');

	// A full-page navigation away (the sign-in page of the team server is one), once each page
	// has read what it shows from the database.
	await page.evaluate(() => {
		location.href = '/settings';
	});
	await expect(page.getByRole('heading', { level: 1, exact: true, name: '설정' })).toBeVisible();
	await expect(page.getByText(/^[0-9A-F]{4} [0-9A-F]{4} [0-9A-F]{4} [0-9A-F]{4}$/)).toBeVisible();
	await page.goto('about:blank');

	// Another tab upgrades the database (then rolls back): nothing of the hidden pages blocks it.
	const other = await context.newPage();
	await other.goto('/reports');
	const outcome = await other.evaluate(async () => {
		const [info] = (await indexedDB.databases()).filter((d) => d.name === 'ks-s-1006');
		return new Promise<string[]>((resolve) => {
			const seen: string[] = [];
			const request = indexedDB.open('ks-s-1006', (info?.version ?? 1) + 1);
			request.onblocked = () => seen.push('blocked');
			request.onupgradeneeded = () => {
				seen.push('upgrade');
				request.transaction?.abort();
			};
			request.onerror = () => resolve(seen);
			request.onsuccess = () => resolve([...seen, 'opened']);
		});
	});
	expect(outcome).toEqual(['upgrade']);
	await other.close();

	await page.goBack({ waitUntil: 'commit' });
	await expect(page.getByRole('heading', { level: 1, exact: true, name: '설정' })).toBeVisible();
	expect(await restoredFromCache(page)).toBe(true);
	await page.goBack({ waitUntil: 'commit' });
	await expect(page.getByRole('heading', { level: 1, exact: true, name: '캠페인' })).toBeVisible();
	expect(await restoredFromCache(page)).toBe(true);
	// The restored page opens the database again on its next use.
	await page.getByRole('link', { name: '캠페인 추가' }).tap();
	await page.getByLabel('센터 이름').fill('돌아온 고객센터');
	await page.getByLabel('전화번호').fill('1588-0001');
	await page.getByRole('button', { name: '저장' }).tap();
	await expect(page.getByRole('link', { name: /돌아온 고객센터/ })).toBeVisible();
	await context.close();
});

test('an open held up by an older tab says so, and goes on when that tab closes', async ({
	baseURL
}) => {
	const context = await phone(baseURL);
	// An old build of the app that made the first version of the database and does not step
	// aside for a newer one.
	await context.route('**/old-build', (route) =>
		route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>old</title>' })
	);
	const old = await context.newPage();
	await old.goto('/old-build');
	await old.evaluate(
		() =>
			new Promise<void>((resolve, reject) => {
				const request = indexedDB.open('ks-s-1006', 1);
				request.onupgradeneeded = () => {
					const db = request.result;
					db.createObjectStore('campaigns', { keyPath: 'id' });
					db.createObjectStore('evaluations', { keyPath: 'id' }).createIndex(
						'campaignId',
						'campaignId'
					);
					db.createObjectStore('summaries', { keyPath: 'id' }).createIndex(
						'updatedAt',
						'updatedAt'
					);
					db.createObjectStore('photos', { keyPath: 'id' }).createIndex(
						'evaluationId',
						'evaluationId'
					);
					db.createObjectStore('meta', { keyPath: 'id' });
				};
				request.onsuccess = () => {
					(globalThis as { held?: IDBDatabase }).held = request.result;
					resolve();
				};
				request.onerror = () => reject(request.error);
			})
	);

	const page = await context.newPage();
	await page.goto('/campaigns/new');
	const notice = page.getByRole('alert').filter({ hasText: '이전 버전이 다른 탭에서 열려 있어' });
	await expect(notice).toBeVisible();
	await page.getByLabel('센터 이름').fill('기다린 고객센터');
	await page.getByLabel('전화번호').fill('1588-0000');
	await page.getByRole('button', { name: '저장' }).tap();

	await old.close();
	await expect(notice).toHaveCount(0);
	await expect(page.getByRole('link', { name: /기다린 고객센터/ })).toBeVisible();
	await context.close();
});

test('an open that is not answered says so, and goes on once it is', async ({ baseURL }) => {
	const context = await phone(baseURL);
	const first = await context.newPage();
	await first.goto('/');
	await expect(first.getByRole('heading', { level: 1, exact: true, name: '평가' })).toBeVisible();
	// This tab is stuck in the middle of opening the database.
	await first.evaluate(() => {
		void navigator.locks.request('ks-s-1006-open', () => new Promise(() => undefined));
	});

	const page = await context.newPage();
	await page.goto('/campaigns/new');
	const notice = page.getByRole('alert').filter({ hasText: '기기 저장소가 열리기를 기다리는 중' });
	await expect(notice).toBeVisible();
	await expect(notice).toContainText('다른 탭이나 창이 있으면 닫아 주세요');
	await expect(notice.getByRole('button', { name: '새로 고침' })).toBeVisible();
	await first.close();
	await expect(notice).toHaveCount(0);
	await saveCampaign(page, '다시 연 고객센터');
	await context.close();
});
