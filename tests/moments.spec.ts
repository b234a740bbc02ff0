import { expect, test } from '@playwright/test';
import { addRecording } from '../src/lib/domain/editing/recordings';
import type { Evaluation } from '../src/lib/domain/record/evaluation';
import { createCampaign, goToStage, startEvaluation } from './fixtures';
import {
	hearAsRecording,
	playStretch,
	recordingOf,
	storedEvaluation,
	storeEvaluation,
	toneWav
} from './moments-helpers';

// The scripts are routed (the recording's audio): no service worker may answer for them.
test.use({ serviceWorkers: 'block', viewport: { width: 360, height: 640 } });

test('the call plays across the run screens, two checks are bound to moments, and the chips and the scorecard play exactly those stretches', async ({
	page
}, testInfo) => {
	test.setTimeout(120_000);
	const found = await hearAsRecording(page, toneWav(30));
	await createCampaign(page, { name: '녹음 고객센터' });
	await startEvaluation(page);
	const id = page.url().split('/').at(-2)!;

	// A 30 s recording attached by the domain's own operation (the attach screen is not in
	// this test), then the screen reads it.
	const row = (await storedEvaluation(page, id)) as Evaluation;
	const recording = recordingOf(30_000);
	await storeEvaluation(
		page,
		addRecording(row, recording, { at: Date.now(), by: row.changeLog[0]!.by })
	);
	await page.reload();
	const bar = page.getByRole('region', { name: '통화 녹음' });
	await expect(bar.getByTestId('call-time')).toHaveText('0:00 / 0:30');
	expect(found()).toBeGreaterThan(0);

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
});
