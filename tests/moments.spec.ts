import { expect, test } from '@playwright/test';
import { addRecording } from '../src/lib/domain/editing/recordings';
import type { Evaluation } from '../src/lib/domain/record/evaluation';
import { apiCampaign, apiMember, apiOrganisation } from './api-fixtures';
import { createCampaign, goToStage, startEvaluation } from './fixtures';
import {
	apiEvaluationWithCall,
	playStretch,
	recordingOf,
	storeCopy,
	storedEvaluation,
	storeEvaluation,
	toneWav
} from './moments-helpers';
import { signInWithPassword, syncNow } from './team-helpers';

test.use({ viewport: { width: 360, height: 640 } });

test('the call plays across the run screens, two checks are bound to moments, and the chips and the scorecard play exactly those stretches', async ({
	page
}, testInfo) => {
	test.setTimeout(120_000);
	await createCampaign(page, { name: '녹음 고객센터' });
	await startEvaluation(page);
	const id = page.url().split('/').at(-2)!;

	// A 30 s recording attached by the domain's own operation and its shared copy kept in the
	// phone's recordings store (attaching is tests/recording-screen.spec.ts), then the screen
	// reads them.
	const wav = toneWav(30);
	const row = (await storedEvaluation(page, id)) as Evaluation;
	const recording = recordingOf(wav, 30_000);
	await storeEvaluation(
		page,
		addRecording(row, recording, { at: Date.now(), by: row.changeLog[0]!.by })
	);
	await storeCopy(page, id, recording, wav);
	await page.reload();
	const bar = page.getByRole('region', { name: '통화 녹음' });
	await expect(bar.getByTestId('call-time')).toHaveText('0:00 / 0:30');

	// Play, and it keeps playing on the next screen.
	await bar.getByRole('button', { name: '재생', exact: true }).tap();
	await expect(bar.getByRole('button', { name: '일시 정지' })).toBeVisible();
	await expect(bar.getByTestId('call-time')).not.toHaveText('0:00 / 0:30');
	await goToStage(page, 'IVR');
	await expect(bar.getByRole('button', { name: '일시 정지' })).toBeVisible();
	const before = await bar.getByTestId('call-time').textContent();
	await expect(bar.getByTestId('call-time')).not.toHaveText(before!);
	await goToStage(page, '사전 서비스');
	await bar.getByRole('button', { name: '일시 정지' }).tap();

	// Bind the first check at 0:02 (clipped at the start) and the second at 0:20.
	const checks = page.locator('fieldset[id^="check-"]');
	const first = checks.nth(0);
	const second = checks.nth(1);
	await bar.getByRole('slider', { name: '재생 위치' }).fill('2000');
	await expect(bar.getByTestId('call-time')).toHaveText('0:02 / 0:30');
	await first.getByRole('button', { name: '이 순간' }).tap();
	await expect(first.getByRole('button', { name: '0:00.0–0:07.0 재생' })).toBeVisible();
	await bar.getByRole('slider', { name: '재생 위치' }).fill('20000');
	await second.getByRole('button', { name: '이 순간' }).tap();
	await expect(second.getByRole('button', { name: '0:15.0–0:25.0 재생' })).toBeVisible();

	// A chip plays its stretch and stops at its end; the bar shows where.
	await playStretch(second, '0:15.0–0:25.0');
	await expect(bar.getByTestId('call-time')).toHaveText('0:25 / 0:30');

	// Nudged: the end a second later (the old stretch unbound, the new one bound, both logged).
	await first.getByRole('button', { name: '0:00.0–0:07.0 조정' }).tap();
	await first.getByRole('button', { name: '끝 +1초' }).tap();
	await expect(first.getByRole('button', { name: '0:00.0–0:08.0 재생' })).toBeVisible();
	const stored = (await storedEvaluation(page, id)) as Evaluation;
	expect(stored.moments?.map((m) => [m.startMs, m.endMs]).sort((a, b) => a[0]! - b[0]!)).toEqual([
		[0, 8000],
		[15000, 25000]
	]);
	expect(stored.changeLog.filter((c) => c.field === 'moment')).toHaveLength(4);

	// The bar never covers the last control of the page.
	await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
	const pager = page.getByRole('navigation', { name: '이전·다음 단계' });
	const barBox = (await bar.boundingBox())!;
	const pagerBox = (await pager.boundingBox())!;
	expect(pagerBox.y + pagerBox.height).toBeLessThanOrEqual(barBox.y + 1);
	await page.screenshot({ path: testInfo.outputPath('moments-run-360.png') });
	await first.scrollIntoViewIfNeeded();
	await page.screenshot({ path: testInfo.outputPath('moments-chips-360.png') });

	// The scorecard plays the same stretches beside their checks.
	await page.goto(`/reports/evaluations/${id}`);
	await playStretch(page, '0:15.0–0:25.0');
	await expect(page.getByRole('button', { name: '0:00.0–0:08.0 재생' })).toBeVisible();
	await page.getByRole('button', { name: '0:00.0–0:08.0 재생' }).scrollIntoViewIfNeeded();
	await page.screenshot({ path: testInfo.outputPath('moments-scorecard-360.png') });

	// Printed, each stretch is text beside its check.
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByText('녹음 구간 0:15.0–0:25.0')).toBeVisible();
	await expect(page.getByText('녹음 구간 0:00.0–0:08.0')).toBeVisible();
	await expect(page.getByRole('button', { name: '0:15.0–0:25.0 재생' })).toBeHidden();
});

test('a manager disputes a stretch of the call; the coordinator hears it and the check’s moment and shares the stretch; the manager hears only what was shared', async ({
	page,
	browser
}, testInfo) => {
	test.setTimeout(180_000);
	const suffix = `${testInfo.project.name}-${crypto.randomUUID().slice(0, 8)}`;
	const center = `녹음 이의 고객센터 ${suffix}`;
	const owner = await apiOrganisation(testInfo, `품질원 ${suffix}`, '박코디', `park-${suffix}`);
	const campaignId = await apiCampaign(owner, center);
	const kim = await apiMember(owner, campaignId, 'shopper', '김평가', `kim-${suffix}`);
	const choi = await apiMember(owner, campaignId, 'manager', '최센터', `choi-${suffix}`);
	const wav = toneWav(30);
	const recording = recordingOf(wav, 30_000);
	const { id, checkId } = await apiEvaluationWithCall(kim, campaignId, recording, wav, {
		startMs: 10_000,
		endMs: 20_000
	});
	const disputed = { startMs: 3_000, endMs: 9_000 };

	// The coordinator hears the check's moment on the scorecard (the copy fetched from the
	// team server), approves and releases it.
	await signInWithPassword(page, owner.loginName);
	await syncNow(page);
	await page.goto(`/reports/evaluations/${id}`);
	await playStretch(page, '0:10.0–0:20.0');
	await page.getByRole('button', { name: '승인', exact: true }).tap();
	await expect(page.getByTestId('review-state')).toHaveText('승인됨');
	await page.getByRole('button', { name: '지금 공개' }).tap();
	await expect(page.getByText(/센터 관리자에게 공개됨/)).toBeVisible();

	// The manager's phone: no recording and no moment on the scorecard.
	const context = await browser.newContext({
		...testInfo.project.use,
		viewport: { width: 360, height: 640 }
	});
	const m = await context.newPage();
	let blobAsked = 0;
	await m.route('**/api/v1/blobs/*', async (route) => {
		blobAsked++;
		await route.continue();
	});
	let sent: { range?: unknown } | undefined;
	await m.route('**/api/v1/evaluations/*/disputes', async (route) => {
		sent = route.request().postDataJSON() as { range?: unknown };
		await route.continue();
	});
	await signInWithPassword(m, choi.loginName);
	await syncNow(m);
	await m.goto(`/reports/evaluations/${id}`);
	const panel = m.getByRole('region', { name: '센터 확인과 이의 제기' });
	await expect(panel).toBeVisible();
	await expect(m.getByRole('button', { name: /재생$/ })).toHaveCount(0);

	// The disputed stretch is checked before anything is sent, then sent with the dispute.
	await panel.getByLabel('이의를 제기할 항목').selectOption(checkId);
	await panel.getByLabel('사유').fill('0:03부터 상담사가 인사를 했습니다.');
	await panel.getByLabel('시작 (분:초)').fill('0:03');
	await panel.getByRole('button', { name: '이의 제기', exact: true }).tap();
	await expect(panel.getByRole('alert')).toHaveText('이의 구간은 시작과 끝을 모두 입력해 주세요.');
	await panel.getByLabel('끝 (분:초)').fill('0:02');
	await panel.getByRole('button', { name: '이의 제기', exact: true }).tap();
	await expect(panel.getByRole('alert')).toHaveText('이의 구간의 끝은 시작보다 뒤여야 합니다.');
	expect(sent).toBeUndefined();
	await panel.getByLabel('끝 (분:초)').fill('0:09');
	await panel.screenshot({ path: testInfo.outputPath('dispute-form-360.png') });
	await panel.getByRole('button', { name: '이의 제기', exact: true }).tap();
	await expect(panel.getByText('이의 제기를 보냈습니다.')).toBeVisible();
	expect(sent?.range).toEqual(disputed);
	await expect(panel.getByTestId('dispute')).toContainText('이의 구간 0:03.0–0:09.0');

	// The coordinator hears the disputed stretch and the check's moment, and shares the stretch.
	let shareBody: unknown;
	page.on('request', (request) => {
		if (request.method() === 'POST' && request.url().endsWith('/clips'))
			shareBody = request.postDataJSON();
	});
	await syncNow(page);
	await page.goto('/');
	await page.getByRole('link', { name: '이의 제기 처리' }).tap();
	const open = page.getByTestId('open-dispute');
	await expect(open).toHaveCount(1);
	await expect(open).toContainText('이의 구간 0:03.0–0:09.0');
	await playStretch(open, '0:03.0–0:09.0');
	await playStretch(open, '0:10.0–0:20.0');
	await open.getByRole('button', { name: '0:03.0–0:09.0 센터와 공유' }).tap();
	await expect(open.getByText('공유함')).toBeVisible();
	expect(shareBody).toEqual({ recordingId: recording.id, ...disputed });
	await expect(open.getByTestId('shared-clip')).toContainText('공유된 구간 0:03.0–0:09.0');
	await expect(open.getByTestId('shared-clip')).toContainText('박코디');
	await page.screenshot({ path: testInfo.outputPath('coordinator-dispute.png'), fullPage: true });

	// The manager hears the shared stretch, cut by the server, and nothing else.
	await syncNow(m);
	await m.goto(`/reports/evaluations/${id}`);
	const clipItem = m.getByTestId('shared-clip');
	await expect(clipItem).toContainText('공유된 구간 0:03.0–0:09.0');
	await expect(m.getByRole('button', { name: /재생$/ })).toHaveCount(1);
	await playStretch(clipItem, '0:03.0–0:09.0');
	// The manager's phone never asked for the recording itself, only for the clip.
	expect(blobAsked).toBe(0);
	await clipItem.scrollIntoViewIfNeeded();
	await m.screenshot({ path: testInfo.outputPath('manager-clip-360.png') });
	await context.close();
});
