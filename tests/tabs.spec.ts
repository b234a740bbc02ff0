import { chromium, devices, expect, test, type BrowserContext, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCampaign, goToStage, startEvaluation } from './fixtures';

// Nothing lost on the phone: two tabs on one evaluation, a tab killed while typing, and an old
// tab after another tab upgraded the database.

/** SIGKILLs the browser started with `profile` (its main process, found by its profile). */
function killBrowser(profile: string) {
	const lines = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' }).split('\n');
	const main = lines.find(
		(l) => l.includes(`--user-data-dir=${profile}`) && !l.includes('--type=')
	);
	if (!main) throw new Error('browser process not found');
	process.kill(Number(main.trim().split(/\s+/)[0]), 'SIGKILL');
}

function met(page: Page, checkId: string) {
	return page.locator(`#check-${checkId}`).getByRole('button', { name: '충족', exact: true });
}

/** Opens the 메모·사진 fold of a check and returns its note field. */
async function noteOf(page: Page, checkId: string) {
	const card = page.locator(`#check-${checkId}`);
	const details = card.locator('details');
	if ((await details.getAttribute('open')) === null) {
		await card.getByText('메모·사진').tap();
	}
	return card.getByLabel('메모');
}

test('a second tab shows the evaluation read-only, takes the pen, and nothing either tab did is lost', async ({
	page,
	context
}) => {
	await createCampaign(page);
	await startEvaluation(page);
	const url = page.url();
	await met(page, 'A1-01').tap();
	await expect(met(page, 'A1-01')).toHaveAttribute('aria-pressed', 'true');

	const second = await context.newPage();
	await second.goto(url);
	await expect(second.getByText('다른 탭에서 이 평가를 편집 중입니다')).toBeVisible();
	await expect(met(second, 'A1-02')).toBeDisabled();
	// What the first tab stored shows in the second.
	await expect(met(second, 'A1-01')).toHaveAttribute('aria-pressed', 'true');

	// The first tab types a note and, before its pause-to-save, the second tab takes the pen.
	const note = await noteOf(page, 'A1-01');
	await note.pressSequentially('대표번호 안내 확인');
	await second.getByRole('button', { name: '여기서 편집' }).tap();

	await expect(page.getByText(/이 탭에서 입력한 내용은 저장했고/)).toBeVisible();
	await expect(met(page, 'A1-02')).toBeDisabled();
	await expect(second.getByText('다른 탭에서 이 평가를 편집 중입니다')).toBeHidden();
	await expect(await noteOf(second, 'A1-01')).toHaveValue('대표번호 안내 확인');

	await met(second, 'A1-02').tap();
	await expect(met(second, 'A1-02')).toHaveAttribute('aria-pressed', 'true');
	// The first tab follows what the second one stored.
	await expect(met(page, 'A1-02')).toHaveAttribute('aria-pressed', 'true');

	await second.close();
	await page.reload();
	await expect(met(page, 'A1-01')).toHaveAttribute('aria-pressed', 'true');
	await expect(met(page, 'A1-02')).toHaveAttribute('aria-pressed', 'true');
	await expect(await noteOf(page, 'A1-01')).toHaveValue('대표번호 안내 확인');
	// The only tab left holds the pen again.
	await expect(page.getByText('다른 탭에서 이 평가를 편집 중입니다')).toBeHidden();
	await expect(met(page, 'A1-03')).toBeEnabled();
});

test('a note typed just before the browser is killed is back when the evaluation opens again', async ({
	baseURL
}, testInfo) => {
	const profile = mkdtempSync(join(tmpdir(), 'ks-profile-'));
	const launch = () =>
		chromium.launchPersistentContext(profile, {
			...devices['Pixel 7'],
			baseURL,
			locale: 'ko-KR',
			timezoneId: 'Asia/Seoul',
			executablePath: testInfo.project.use.launchOptions?.executablePath,
			args: testInfo.project.use.launchOptions?.args
		});
	try {
		const first = await launch();
		const page = first.pages()[0] ?? (await first.newPage());
		await createCampaign(page);
		await startEvaluation(page);
		const url = page.url();
		await met(page, 'A1-01').tap();
		await expect(page.getByText('저장됨')).toBeVisible();
		const note = await noteOf(page, 'A1-01');
		await note.pressSequentially('콜백 약속 시간 안내가 없었음');
		// Killed well within the pause before the debounced save: no pagehide, nothing runs.
		killBrowser(profile);
		await first.close().catch(() => undefined);

		const second = await launch();
		const again = second.pages()[0] ?? (await second.newPage());
		await again.goto(url);
		await expect(await noteOf(again, 'A1-01')).toHaveValue('콜백 약속 시간 안내가 없었음');
		// Restored into storage too, not only onto the screen.
		await again.reload();
		await expect(await noteOf(again, 'A1-01')).toHaveValue('콜백 약속 시간 안내가 없었음');
		await second.close();
	} finally {
		rmSync(profile, { recursive: true, force: true });
	}
});

test('after another tab upgrades the database, the old tab says so plainly and keeps the typed text', async ({
	page,
	context
}) => {
	await createCampaign(page);
	await startEvaluation(page);
	await met(page, 'A1-01').tap();
	await expect(page.getByText('저장됨')).toBeVisible();
	const note = await noteOf(page, 'A1-01');

	// Timers stop, so the typed note is still waiting for its save when the upgrade comes.
	await page.clock.install();
	await page.clock.pauseAt(Date.now() + 1000);
	await note.pressSequentially('상담사 연결 전 대기 안내 없음');

	const other = await context.newPage();
	await other.goto('/');
	const upgraded = await other.evaluate(async () => {
		const [info] = (await indexedDB.databases()).filter((d) => d.name === 'ks-s-1006');
		const version = (info?.version ?? 1) + 1;
		// The upgrade is rolled back, so this build can open the database again after the
		// reload; the old tab has already stepped aside either way.
		return new Promise<string>((resolve) => {
			const request = indexedDB.open('ks-s-1006', version);
			request.onupgradeneeded = () => request.transaction?.abort();
			request.onerror = () => resolve('rolled back');
			request.onsuccess = () => resolve('upgraded');
		});
	});
	expect(upgraded).toBe('rolled back');
	await other.close();

	const notice = page.getByRole('alert').filter({ hasText: '이 탭은 저장할 수 없습니다' });
	await expect(notice).toContainText(
		'다른 탭에서 앱이 업데이트되어 이 탭은 저장할 수 없습니다. 입력한 내용은 보관되었습니다.'
	);
	// No more answers that look saved but are not.
	await expect(met(page, 'A1-02')).toBeDisabled();
	await page.clock.resume();
	await expect(page.getByText('저장하지 못했습니다')).toHaveCount(0);

	// Nothing covers the button: tap() fails when another element would take the tap.
	await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
	await notice.getByRole('button', { name: '새로 고침' }).tap();
	await expect(await noteOf(page, 'A1-01')).toHaveValue('상담사 연결 전 대기 안내 없음');
	await expect(met(page, 'A1-01')).toHaveAttribute('aria-pressed', 'true');
	await expect(page.getByRole('alert').filter({ hasText: '저장할 수 없습니다' })).toHaveCount(0);
});

/** Holds every store of the app's database in a write that lasts until `release` is called. */
async function holdDatabase(context: BrowserContext) {
	await context.route('**/holder', (route) =>
		route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>holder</title>' })
	);
	const holder = await context.newPage();
	await holder.goto('/holder');
	await holder.evaluate(
		() =>
			new Promise<void>((resolve, reject) => {
				const request = indexedDB.open('ks-s-1006');
				request.onerror = () => reject(request.error);
				request.onsuccess = () => {
					const db = request.result;
					const tx = db.transaction([...db.objectStoreNames], 'readwrite');
					const w = window as { released?: boolean };
					const spin = () => {
						if (!w.released) tx.objectStore('meta').get('hold').onsuccess = spin;
					};
					spin();
					resolve();
				};
			})
	);
	return async () => {
		await holder.evaluate(() => ((window as { released?: boolean }).released = true));
		await holder.close();
	};
}

test('an IVR tap made just before the tab is killed is there when the evaluation opens again', async ({
	context
}) => {
	let page = await context.newPage();
	await createCampaign(page);
	await startEvaluation(page);
	await goToStage(page, 'IVR');
	const url = page.url();
	await page.getByRole('button', { name: '전화 걸기' }).tap();
	const level = (p: Page) => p.getByText(/^(메뉴 \d단계까지 누름|아직 누른 메뉴 없음)$/);
	await expect(level(page)).toHaveText('아직 누른 메뉴 없음');
	await expect(page.getByText('저장됨')).toBeVisible();

	// The write of the tap takes a while (another write holds the database meanwhile)…
	const release = await holdDatabase(context);
	await page.getByRole('button', { name: '메뉴 3', exact: true }).tap();
	await expect(level(page)).toHaveText('메뉴 1단계까지 누름');
	// …and the tab is killed within it: no pagehide, nothing more runs.
	const crashed = page.waitForEvent('crash');
	const cdp = await context.newCDPSession(page);
	void cdp.send('Page.crash').catch(() => undefined);
	await crashed;
	await page.close();
	await release();

	page = await context.newPage();
	await page.goto(url);
	await expect(level(page)).toHaveText('메뉴 1단계까지 누름');
	// Put back once, and stored: a reload shows the same run.
	await page.reload();
	await expect(level(page)).toHaveText('메뉴 1단계까지 누름');
	await page.getByRole('button', { name: '메뉴 2', exact: true }).tap();
	await expect(level(page)).toHaveText('메뉴 2단계까지 누름');
});
