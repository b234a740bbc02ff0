import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Browser, type TestInfo } from '@playwright/test';
import { clockOf } from '../src/lib/domain/editing/recordings';
import type { Evaluation } from '../src/lib/domain/record/evaluation';
import { syncRoutes } from '../src/lib/domain/sync/routes';
import { shortCall } from '../src/lib/testing/calls/browser-fixtures';
import { encodeWav } from '../src/lib/testing/calls/wav';
import { TeamClient } from '../src/lib/testing/team-client';
import { teamCampaign } from '../src/lib/testing/team-records';
import { startServer, type RunningServer } from '../src/lib/testing/team-server';
import { answerAll, finalize, goToStage, startEvaluation } from './fixtures';
import { playStretch, storedEvaluation } from './moments-helpers';
import { goOffline, shareToApp, waitForServiceWorker } from './offline-helpers';
import { signInWithPassword, syncNow } from './team-helpers';

// The call as evidence, end to end: a shopper's phone offline takes a recording from the share
// sheet, the analyser proposes the IVR timeline, the shopper confirms it (the figures then match
// the call's known truth) and binds two checks to moments; after sync a coordinator plays those
// moments and a center manager hears only the stretch shared for their dispute; when the
// campaign's retention period has passed, the audio is gone everywhere and the timeline stays.

const DAY = 86_400_000;
const SETUP = 'recording-evidence-setup';
const PASSWORD = 'correct horse battery';

test.use({ viewport: { width: 360, height: 780 } });

/** The built server on its own data, its clock `shiftMs` ahead (the retention days passing). */
function serverAt(dataDir: string, port: number | undefined, shiftMs = 0): Promise<RunningServer> {
	const shift = `const s=${String(shiftMs)},n=Date.now;Date.now=()=>n()+s;`;
	return startServer({
		dataDir,
		port,
		setupToken: SETUP,
		env: { CHECK_API_OUTPUT: '1' },
		nodeArgs: shiftMs ? ['--import', `data:text/javascript,${encodeURIComponent(shift)}`] : []
	});
}

async function member(origin: string, token: string, name: string, loginName: string) {
	const client = new TeamClient(origin);
	await client.accept(token, name);
	await client.api.call(syncRoutes.setPassword, { body: { password: PASSWORD, loginName } });
	return loginName;
}

async function phone(browser: Browser, testInfo: TestInfo, origin: string, loginName: string) {
	const context = await browser.newContext({
		...testInfo.project.use,
		baseURL: origin,
		viewport: { width: 360, height: 780 }
	});
	const page = await context.newPage();
	await signInWithPassword(page, loginName);
	await syncNow(page);
	return { context, page };
}

test('a shared call recording becomes the IVR timeline and the checks’ evidence; the coordinator and (for a dispute) the manager hear it until retention ends', async ({
	browser
}, testInfo) => {
	test.setTimeout(480_000);
	const dataDir = mkdtempSync(join(tmpdir(), 'ks1006-recording-e2e-'));
	let server = await serverAt(dataDir, undefined);
	const origin = server.origin;
	try {
		// The team, through the API: a coordinator's campaign, a shopper and a center manager.
		const owner = new TeamClient(origin);
		const org = await owner.createOrg(SETUP, '녹음 품질원', '박코디');
		await owner.api.call(syncRoutes.setPassword, {
			body: { password: PASSWORD, loginName: 'park-rec' }
		});
		const campaignId = crypto.randomUUID();
		await owner.putCampaign(org.id, teamCampaign(campaignId, '녹음 증거 고객센터'));
		const kim = await member(
			origin,
			await owner.invite(campaignId, 'shopper', '김평가'),
			'김평가',
			'kim-rec'
		);
		const choi = await member(
			origin,
			await owner.invite(campaignId, 'manager', '최센터'),
			'최센터',
			'choi-rec'
		);

		// The call: ringing, a greeting, key 0 for an agent, hold music, the agent (Korean speech
		// from espeak-ng), with the true time of every event.
		const call = shortCall();
		const wav = Buffer.from(encodeWav(call.pcm, call.sampleRate));
		const truth = (type: string) => call.truth.find((t) => t.type === type)!.atMs;

		// The shopper's phone starts the evaluation, then loses the network.
		const shopper = await phone(browser, testInfo, origin, kim);
		const s = shopper.page;
		await startEvaluation(s, { scenario: '카드 분실 신고' });
		const id = s.url().split('/').at(-2)!;
		await waitForServiceWorker(s);
		await goOffline(shopper.context);

		// 공유 → this app: the share sheet posts the file; the app asks which evaluation.
		await shareToApp(s, 'call.wav', wav, 'audio/wav');
		await expect(s.getByRole('heading', { name: '어느 평가에 붙일까요?' })).toBeVisible();
		await s.getByRole('link', { name: '이 평가에 붙이기' }).tap();
		await expect(
			s.getByRole('status').filter({ hasText: "'call.wav'을(를) 붙였습니다." })
		).toBeVisible();

		// The analyser proposes the timeline; the shopper confirms every event and commits it.
		await s.getByRole('button', { name: '분석', exact: true }).tap();
		const confirm = s.getByRole('button', { name: '확인', exact: true });
		await expect(confirm.first()).toBeVisible({ timeout: 30_000 });
		while ((await confirm.count()) > 0) await confirm.first().tap();
		await s.getByRole('button', { name: '타임라인 확정' }).tap();
		await expect(s.getByText(/녹음에서 측정한 이벤트 \d+개를 IVR 기록에 넣었습니다/)).toBeVisible();

		// Each event lies where the call has it: speech within 0.3 s, the key within 0.1 s.
		const stored = (await storedEvaluation(s, id)) as Evaluation;
		const measured = stored.ivr.events.filter((e) => e.source === 'audio');
		expect(measured.map((e) => e.type)).toEqual(call.truth.map((t) => t.type));
		for (const [i, t] of call.truth.entries()) {
			const tolerance = t.key ? 100 : 300;
			expect(Math.abs(measured[i]!.recordingMs! - t.atMs), t.type).toBeLessThanOrEqual(tolerance);
		}
		// The figures are those of the truth (shown in tenths of a second; each end of a span
		// may lie up to 0.3 s off, as above).
		const figures = s.getByRole('region', { name: '측정 결과' });
		const shown = async (label: string) => {
			const text = (await figures.textContent()) ?? '';
			return Number(new RegExp(`${label} ([\\d.]+)초`).exec(text)?.[1] ?? NaN);
		};
		const seconds = (ms: number) => ms / 1000;
		expect(
			Math.abs(
				(await shown('초기 안내')) - seconds(truth('greeting-end') - truth('greeting-start'))
			)
		).toBeLessThanOrEqual(0.4);
		expect(
			Math.abs((await shown('상담사 연결까지')) - seconds(truth('agent-answer') - truth('dial')))
		).toBeLessThanOrEqual(0.4);
		expect(
			Math.abs((await shown('통화 시간')) - seconds(truth('call-end') - truth('dial')))
		).toBeLessThanOrEqual(0.4);
		const greetingShown = await shown('초기 안내');

		// While listening on the run screens, two checks are bound to their moments.
		await goToStage(s, '상담');
		const bar = s.getByRole('region', { name: '통화 녹음' });
		const seek = bar.getByRole('slider', { name: '재생 위치' });
		const checks = s.locator('fieldset[id^="check-"]');
		const [first, second] = [checks.nth(0), checks.nth(1)];
		// One tap binds 5 s either side of the playhead, within the recording.
		const durationMs = stored.recordings![0]!.durationMs;
		const around = (ms: number) =>
			`${clockOf(Math.max(0, ms - 5000))}–${clockOf(Math.min(durationMs, ms + 5000))}`;
		const atAgent = Math.round(truth('agent-answer') / 1000) * 1000;
		const atGreeting = Math.round(truth('greeting-start') / 1000) * 1000;
		await seek.fill(String(atAgent));
		await first.getByRole('button', { name: '이 순간' }).tap();
		await seek.fill(String(atGreeting));
		await second.getByRole('button', { name: '이 순간' }).tap();
		const range = around(atAgent);
		await expect(first.getByRole('button', { name: `${range} 재생` })).toBeVisible();
		await expect(second.getByRole('button', { name: `${around(atGreeting)} 재생` })).toBeVisible();
		const boundCheck = (await first.getAttribute('id'))!.replace('check-', '');

		// Every check answered, finalised, then synced once the network is back.
		for (const stage of ['사전 서비스', 'IVR', '상담', '기타 확인', '후속 조치']) {
			await goToStage(s, stage);
			await answerAll(s, '충족');
		}
		await goToStage(s, '검토');
		await finalize(s);
		await expect(s.getByText('확정했습니다.')).toBeVisible();
		await shopper.context.unroute('**/*');
		await shopper.context.setOffline(false);
		await syncNow(s);
		await syncNow(s);

		// The coordinator hears the moment (the shared copy from the team server) and releases.
		const coordinator = await phone(browser, testInfo, origin, 'park-rec');
		const c = coordinator.page;
		await c.goto(`/reports/evaluations/${id}`);
		await playStretch(c, range);
		await c.getByRole('button', { name: '승인', exact: true }).tap();
		await c.getByRole('button', { name: '지금 공개' }).tap();
		await expect(c.getByText(/센터 관리자에게 공개됨/)).toBeVisible();

		// The manager sees no recording, disputes the bound check; the coordinator shares its
		// moment, and the manager hears that stretch only.
		const manager = await phone(browser, testInfo, origin, choi);
		const m = manager.page;
		await m.goto(`/reports/evaluations/${id}`);
		await expect(m.getByRole('button', { name: /재생$/ })).toHaveCount(0);
		const panel = m.getByRole('region', { name: '센터 확인과 이의 제기' });
		await panel.getByLabel('이의를 제기할 항목').selectOption(boundCheck);
		await panel.getByLabel('사유').fill('상담사는 첫 인사에서 소속과 이름을 말했습니다.');
		await panel.getByRole('button', { name: '이의 제기', exact: true }).tap();
		await expect(panel.getByText('이의 제기를 보냈습니다.')).toBeVisible();

		await syncNow(c);
		await c.getByRole('link', { name: '이의 제기 처리' }).tap();
		// The coordinator keeps this campaign's recordings one day after release.
		await c.getByLabel('공개 후 보존 일수').fill('1');
		await c.getByRole('button', { name: '보존 기간 저장' }).tap();
		await expect(c.getByText('녹음 보존 기간을 공개 후 1일로 저장했습니다.')).toBeVisible();
		const open = c.getByTestId('open-dispute');
		await playStretch(open, range);
		await open.getByRole('button', { name: `${range} 센터와 공유` }).tap();
		await expect(open.getByTestId('shared-clip')).toContainText(range);

		await syncNow(m);
		await m.goto(`/reports/evaluations/${id}`);
		const clip = m.getByTestId('shared-clip');
		await playStretch(clip, range);
		await expect(m.getByRole('button', { name: /재생$/ })).toHaveCount(1);

		// Two days later (retention: one day after release) the server has deleted the audio.
		await server.stop();
		server = await serverAt(dataDir, server.port, 2 * DAY);
		await m.reload();
		// The clip answers 410 now: the player says why instead of playing.
		await expect(m.getByTestId('shared-clip')).toContainText('보존 기간이 지나');
		await expect(m.getByRole('button', { name: /재생$/ })).toHaveCount(0);

		// A phone syncing then deletes what it held; the record keeps its timeline and moments.
		await c.clock.install({ time: Date.now() + 2 * DAY });
		await syncNow(c);
		await c.goto(`/reports/evaluations/${id}`);
		await expect(c.getByText('보존 기간이 지나 녹음을 삭제했습니다').first()).toBeVisible();
		await expect(c.getByRole('button', { name: `${range} 재생` })).toHaveCount(0);
		await expect(c.getByText(`${String(greetingShown)}초`).first()).toBeVisible();
		const kept = (await storedEvaluation(c, id)) as Evaluation;
		expect(kept.ivr.events.filter((e) => e.source === 'audio')).toHaveLength(measured.length);
		expect(kept.recordings?.[0]?.copyId).toBe(stored.recordings?.[0]?.copyId);
		const audioRows = await c.evaluate(
			(id) =>
				new Promise<number>((resolve, reject) => {
					const open = indexedDB.open('ks-s-1006');
					open.onerror = () => reject(open.error);
					open.onsuccess = () => {
						const index = open.result
							.transaction('recordings')
							.objectStore('recordings')
							.index('evaluationId');
						const count = index.count(id);
						count.onsuccess = () => {
							open.result.close();
							resolve(count.result);
						};
					};
				}),
			id
		);
		expect(audioRows).toBe(0);
		await c.screenshot({ path: testInfo.outputPath('after-retention.png'), fullPage: true });
		await Promise.all([shopper, coordinator, manager].map((p) => p.context.close()));
	} finally {
		await server.stop();
		rmSync(dataDir, { recursive: true, force: true });
	}
});
