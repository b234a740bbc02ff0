import { expect, test } from '@playwright/test';
import {
	answer,
	answerAll,
	check,
	createCampaign,
	finalize,
	goToStage,
	startEvaluation
} from './fixtures';
import { offlineFromTheStart } from './offline-helpers';

// Seoul 2026-11-25 10:00:00 (UTC+9): a weekday morning.
const START = new Date('2026-11-25T01:00:00Z');
// The fake clock also flows with real time, so the test's own pace (a few seconds) adds to
// the durations it sets; elapsed times are asserted within that margin.

test('a whole evaluation by tapping, offline: scores match the hand-computed values', async ({
	page,
	context
}) => {
	test.setTimeout(120_000);
	await page.clock.install({ time: START });
	await offlineFromTheStart(page, context);
	await createCampaign(page, { name: '한빛카드 고객센터' });
	await startEvaluation(page, { scenario: '카드 분실 신고' });

	// 1. Pre-service: 8 checks, all met but the foreign-language service (A1-04).
	expect(await answerAll(page, '충족', { 'A1-04': '미충족' })).toHaveLength(8);

	// 2. IVR run: dial, 8 s greeting, menu 1 → 2, ask for an agent (0), agent at 15 s, end.
	await goToStage(page, 'IVR');
	await page.getByRole('button', { name: '전화 걸기' }).tap();
	await page.getByRole('button', { name: '안내 시작' }).tap();
	await page.clock.runFor(8_000);
	await page.getByRole('button', { name: '안내 끝' }).tap();
	await page.getByRole('button', { name: '메뉴 1', exact: true }).tap();
	await page.clock.runFor(2_000);
	await page.getByRole('button', { name: '메뉴 2', exact: true }).tap();
	await page.getByRole('button', { name: '상담사 요청' }).tap();
	await page.clock.runFor(5_000);
	await page.getByRole('button', { name: '상담사 연결' }).tap();
	await expect(page.getByRole('timer', { name: '통화 경과 시간' })).toHaveText(/^0:(1[5-9]|2\d)$/);
	// Suggestions from the timings, confirmed with one tap each.
	for (const id of ['B1-02', 'B1-06', 'B1-07']) {
		await page.locator(`#check-${id}`).getByRole('button', { name: '제안대로' }).tap();
		await expect(
			page.locator(`#check-${id}`).getByRole('button', { name: '충족', exact: true })
		).toHaveAttribute('aria-pressed', 'true');
	}
	for (const id of ['B1-01', 'B1-03', 'B1-04', 'B1-05']) {
		await page.locator(`#check-${id}`).getByRole('button', { name: '충족', exact: true }).tap();
	}

	// 3. The agent sheet: 39 checks, all met but two.
	await goToStage(page, '상담');
	const agentIds = await answerAll(page, '충족', { 'S01-4': '미충족', 'S09-5': '미충족' });
	expect(agentIds).toHaveLength(39);
	await expect(page.getByRole('status', { name: '상담 총점' })).toContainText('94.9');
	await page.clock.fastForward(120_000);
	await goToStage(page, 'IVR');
	await page.getByRole('button', { name: '통화 종료' }).tap();

	// 4. Other in-call checks.
	await goToStage(page, '기타 확인');
	await answerAll(page, '충족', { 'B3-01': '해당없음', 'C1-02': '미충족' });

	// 5. Follow-ups: a callback requested without a slot (24 h rule); no e-mail inquiry.
	await goToStage(page, '후속 조치');
	await page.getByRole('button', { name: '콜백 요청 기록' }).tap();
	await expect(page.getByText('대기 중')).toBeVisible();
	await page.locator('#check-A1-05').getByRole('button', { name: '해당없음' }).tap();
	await page.locator('#check-B4-02').getByRole('button', { name: '해당없음' }).tap();

	// 6. Review and finalize: A1-06 waits for the callback, so it does not block.
	await goToStage(page, '검토');
	// pre 7/8 = 87.5; in = mean(IVR 100, 총점 37/39, other 1/1) = 98.2906; post 2/3;
	// overall = 0.2 × 87.5 + 0.6 × 98.2906 + 0.2 × 66.667 = 89.81 → 합격
	await expect(page.getByTestId('overall-score')).toContainText('89.8');
	await expect(page.getByTestId('overall-score')).toContainText('합격');
	await finalize(page);
	await expect(page.getByText('후속 조치 결과를 기다리는 중')).toBeVisible();

	// The callback comes an hour later: A1-06 met → pre 8/9 → overall 90.09 → 우수, final.
	await page.clock.fastForward(3_600_000);
	await goToStage(page, '후속 조치');
	await page.getByRole('button', { name: '콜백 받음' }).tap();
	await page.getByRole('button', { name: '저장', exact: true }).tap();
	await expect(
		page.locator('#check-A1-06').getByRole('button', { name: '충족', exact: true })
	).toHaveAttribute('aria-pressed', 'true');
	await goToStage(page, '검토');
	await expect(page.getByTestId('overall-score')).toContainText('90.1');
	await expect(page.getByTestId('overall-score')).toContainText('우수');
	await page.goto('/');
	await expect(page.getByRole('listitem').filter({ hasText: '카드 분실 신고' })).toContainText(
		'확정'
	);
});

test('a reload mid-IVR and mid-sheet keeps every answer and the right elapsed time', async ({
	page,
	context
}) => {
	await page.clock.install({ time: START });
	await offlineFromTheStart(page, context);
	await createCampaign(page, { name: '바다은행' });
	await startEvaluation(page, { scenario: '대출' });
	await answer(page, /웹에 검색이나 FAQ/, '충족');
	const url = page.url();

	await goToStage(page, 'IVR');
	await page.getByRole('button', { name: '전화 걸기' }).tap();
	await page.getByRole('button', { name: '메뉴 3', exact: true }).tap();
	await page.clock.runFor(42_000);
	await page.reload();
	await expect(page.getByRole('timer', { name: '통화 경과 시간' })).toHaveText(/^0:4[2-9]$/);
	await expect(page.getByText('메뉴 1단계까지 누름')).toBeVisible();
	await page.clock.runFor(30_000);
	await expect(page.getByRole('timer', { name: '통화 경과 시간' })).toHaveText(/^1:(1[2-9])$/);

	await goToStage(page, '상담');
	await answer(page, /친밀하고 정형화된 인사말/, '충족');
	await answer(page, /대기 지연에 대한 양해/, '미충족');
	await page.reload();
	await expect(
		check(page, /친밀하고 정형화된 인사말/).getByRole('button', { name: '충족', exact: true })
	).toHaveAttribute('aria-pressed', 'true');
	await expect(
		check(page, /대기 지연에 대한 양해/).getByRole('button', { name: '미충족' })
	).toHaveAttribute('aria-pressed', 'true');
	await page.goto(url);
	await expect(
		check(page, /웹에 검색이나 FAQ/).getByRole('button', { name: '충족', exact: true })
	).toHaveAttribute('aria-pressed', 'true');
});

test('a callback that misses its deadline turns the check not met', async ({ page, context }) => {
	await page.clock.install({ time: START });
	await offlineFromTheStart(page, context);
	await createCampaign(page, { name: '하늘통신' });
	await startEvaluation(page, { scenario: '해지' });
	await goToStage(page, '후속 조치');
	await page.getByRole('button', { name: '콜백 요청 기록' }).tap();
	await expect(page.getByText('대기 중')).toBeVisible();
	await expect(
		page
			.getByRole('navigation', { name: '주 메뉴' })
			.getByRole('link', { name: /후속 조치, 대기 1건/ })
	).toBeVisible();

	// 24 h and one minute later, without a callback.
	await page.clock.fastForward(24 * 3_600_000 + 60_000);
	await expect(
		page.locator('#check-A1-06').getByRole('button', { name: '미충족' })
	).toHaveAttribute('aria-pressed', 'true');
	await expect(page.getByText('미충족', { exact: true }).first()).toBeVisible();
});

test('a failed write shows a message and loses nothing saved before', async ({ page, context }) => {
	await offlineFromTheStart(page, context);
	await createCampaign(page, { name: '가람보험' });
	await startEvaluation(page, { scenario: '청구' });
	await answer(page, /웹에 검색이나 FAQ/, '충족');
	await expect(page.getByRole('status').filter({ hasText: '저장됨' })).toBeVisible();

	await page.evaluate(() => {
		IDBObjectStore.prototype.put = function () {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		};
	});
	await answer(page, /외국어 상담이나 통역/, '미충족');
	await expect(page.getByRole('alert').filter({ hasText: '저장하지 못했습니다' })).toBeVisible();
	// The reason in words, with how much is used and what to delete.
	await expect(page.getByRole('alert')).toContainText(
		/이 기기의 저장 공간이 가득 찼습니다 \([\d.,]+ [KMGT]?B 중 [\d.,]+ [KMGT]?B 사용 중\)\. 사진이 있는 평가를 내보낸 뒤 사진을 지우거나/
	);
	await expect(page.getByRole('alert')).not.toContainText('quota');

	await page.reload();
	await expect(
		check(page, /웹에 검색이나 FAQ/).getByRole('button', { name: '충족', exact: true })
	).toHaveAttribute('aria-pressed', 'true');
	await expect(
		check(page, /외국어 상담이나 통역/).getByRole('button', { name: '미충족' })
	).toHaveAttribute('aria-pressed', 'false');
});
