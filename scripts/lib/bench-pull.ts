// (b) of the server benchmark: a fresh phone browser (Chromium, phone viewport) signs in to a
// server holding `n` evaluations and takes them all into its IndexedDB.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, devices, type Browser } from 'playwright';
import { setUpTeam } from '$lib/testing/team-client';
import { teamEvaluation } from '$lib/testing/team-records';
import { startServer } from '$lib/testing/team-server';

const uuid = () => crypto.randomUUID();

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Seeds `n` evaluations by signed pushes, then times a fresh phone browser pulling them. */
export async function benchBrowserPull(n: number): Promise<void> {
	const dataDir = mkdtempSync(join(tmpdir(), 'ks1006-bench-pull-'));
	const setupToken = `bench-${uuid()}`;
	// BENCH_PROFILE=<folder>: the server and the phone page write CPU profiles there.
	const profile = process.env.BENCH_PROFILE;
	const server = await startServer({
		dataDir,
		setupToken,
		nodeArgs: profile
			? ['--cpu-prof', `--cpu-prof-dir=${profile}`, '--cpu-prof-name=pull-server.cpuprofile']
			: []
	});
	let browser: Browser | undefined;
	try {
		const { owner, phones, campaignId } = await setUpTeam(server.origin, setupToken, 4);
		// The evaluations arrive as phones send them: signed pushes of 50, four phones at once.
		const t0 = performance.now();
		const per = Math.ceil(n / phones.length);
		await Promise.all(
			phones.map(async (phone, p) => {
				const records = Array.from({ length: per }, (_, k) =>
					teamEvaluation({
						id: uuid(),
						campaignId,
						deviceId: phone.key.deviceId,
						n: p * per + k
					})
				);
				for (let i = 0; i < records.length; i += 50) await phone.push(records.slice(i, i + 50));
			})
		);
		const total = per * phones.length;
		const seeded = (performance.now() - t0) / 1000;

		// A new coordinator joins on a fresh phone: a new browser profile, nothing stored.
		const token = await owner.invite(campaignId, 'coordinator', '새 코디네이터');
		browser = await chromium.launch({
			executablePath,
			args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking']
		});
		const context = await browser.newContext({ ...devices['Pixel 7'], locale: 'ko-KR' });
		const page = await context.newPage();
		const cdp = profile ? await context.newCDPSession(page) : undefined;
		if (cdp) {
			await cdp.send('Profiler.enable');
			await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
		}
		// The coordinator opens the invite link and accepts it, as a person would; then the home
		// screen's sync (the app's own engine) takes every evaluation into IndexedDB.
		await page.goto(`${server.origin}/join#${token}`);
		await page.getByLabel('이름', { exact: true }).fill('새 코디네이터');
		// The clock starts at the tap: from then on the app links the device and syncs.
		const t1 = performance.now();
		await cdp?.send('Profiler.start');
		await page.getByRole('button', { name: '초대 수락' }).click();
		await page.getByText('새 코디네이터 님, 팀에 참여했습니다.').waitFor();
		await page.goto(`${server.origin}/`);
		const stored = () =>
			page.evaluate(async () => {
				const db = await new Promise<IDBDatabase>((resolve, reject) => {
					const request = indexedDB.open('ks-s-1006');
					request.onsuccess = () => resolve(request.result);
					request.onerror = () => reject(request.error);
				});
				const count = await new Promise<number>((resolve, reject) => {
					const request = db.transaction(['evaluations']).objectStore('evaluations').count();
					request.onsuccess = () => resolve(request.result);
					request.onerror = () => reject(request.error);
				});
				db.close();
				return count;
			});
		for (;;) {
			if ((await stored()) >= total) break;
			if (performance.now() - t1 > 600_000)
				throw new Error('the pull did not finish in 10 minutes');
			await new Promise((resolve) => setTimeout(resolve, 250));
		}
		const seconds = (performance.now() - t1) / 1000;
		if (cdp) {
			const { profile: taken } = await cdp.send('Profiler.stop');
			writeFileSync(join(profile!, 'pull-phone.cpuprofile'), JSON.stringify(taken));
		}
		await page.getByText(/마지막 동기화/).waitFor({ timeout: 600_000 });
		const all = (performance.now() - t1) / 1000;
		console.log(
			`(b) pull ${fmt(total)} evaluations into a fresh phone browser with the app's sync engine: ` +
				`${fmt(seconds, 2)} s until all are stored, ${fmt(all, 2)} s until the sync run reports done (target ≤ 5 s)` +
				` | seeded ${fmt(total)} by signed pushes in ${fmt(seeded, 1)} s`
		);
	} finally {
		await browser?.close();
		await server.stop();
		rmSync(dataDir, { recursive: true, force: true });
	}
}

const fmt = (x: number, digits = 0) =>
	x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
