import { expect, test, type Locator, type Page } from '@playwright/test';
import { answerAll, createCampaign, finalize, goToStage, startEvaluation } from './fixtures';

// Seoul 2026-11-25 10:00:00 (UTC+9).
const START = new Date('2026-11-25T01:00:00Z');

/** The element is inside the viewport and nothing covers its centre. */
async function expectOnScreenUncovered(page: Page, el: Locator) {
	const { width, height } = page.viewportSize()!;
	const box = (await el.boundingBox())!;
	expect(box.x).toBeGreaterThanOrEqual(0);
	expect(box.y).toBeGreaterThanOrEqual(0);
	expect(box.x + box.width).toBeLessThanOrEqual(width);
	expect(box.y + box.height).toBeLessThanOrEqual(height);
	const hit = await el.evaluate((node) => {
		const r = node.getBoundingClientRect();
		const top = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
		return top !== null && node.contains(top);
	});
	expect(hit).toBe(true);
}

async function dial(page: Page) {
	await goToStage(page, 'IVR');
	await page.getByRole('button', { name: '전화 걸기' }).tap();
	await expect(page.getByText('통화 중')).toBeVisible();
}

test('during a call the stopwatch and every key are on screen and uncovered; the first key is depth 1', async ({
	page
}) => {
	await createCampaign(page, { name: '한빛카드 고객센터' });
	await startEvaluation(page);
	await dial(page);

	await expectOnScreenUncovered(page, page.getByRole('timer', { name: '통화 경과 시간' }));
	const keypad = page.getByRole('region', { name: '메뉴 선택 키패드' });
	const keys = keypad.getByRole('button');
	await expect(keys).toHaveCount(12);
	for (const key of await keys.all()) await expectOnScreenUncovered(page, key);

	await expect(keypad.getByText('아직 누른 메뉴 없음')).toBeVisible();
	await keypad.getByRole('button', { name: '메뉴 1', exact: true }).tap();
	await expect(keypad.getByText('메뉴 1단계까지 누름')).toBeVisible();
	const depth = page.getByRole('region', { name: '측정 결과' }).locator('.row', {
		hasText: '메뉴 깊이'
	});
	await expect(depth).toContainText('1단계');
	// One control for asking for an agent; the keypad's 0 is a plain key.
	await expect(page.getByRole('button', { name: '상담사 요청' })).toHaveCount(1);
	await expect(keypad.getByRole('button', { name: '메뉴 0', exact: true })).toBeVisible();
});

test('no agent reached: one tap marks the agent checks N/A, and it can be undone', async ({
	page
}) => {
	await createCampaign(page, { name: '바다은행' });
	await startEvaluation(page);
	await dial(page);
	await page.getByRole('button', { name: '기계가 끊음' }).tap();

	const control = page.getByRole('region', { name: '상담사 연결 안 됨' });
	await control.getByRole('button', { name: '상담사 연결 안 됨' }).tap();
	const snackbar = page.getByRole('status').filter({ hasText: '개 항목을 해당없음으로' });
	await expect(snackbar).toContainText('42개 항목을 해당없음으로 표시했습니다.');
	const steps = page.getByRole('navigation', { name: '평가 단계' });
	await expect(steps.getByRole('link', { name: /상담/ })).toContainText('39/39');

	// The snackbar's 되돌리기 takes it all back in one step.
	await snackbar.getByRole('button', { name: '되돌리기' }).tap();
	await expect(steps.getByRole('link', { name: /상담/ })).toContainText('0/39');
	await expect(control.getByRole('button', { name: '상담사 연결 안 됨' })).toBeVisible();

	// From the top of the agent sheet, with the persistent cancel.
	await goToStage(page, '상담');
	await page.getByRole('button', { name: '상담사 연결 안 됨', exact: true }).tap();
	const first = page.locator('#check-S01-1').getByRole('button', { name: '해당없음' });
	await expect(first).toHaveAttribute('aria-pressed', 'true');
	await page.getByRole('button', { name: '상담사 연결 안 됨 취소' }).tap();
	await expect(first).toHaveAttribute('aria-pressed', 'false');
	await expect(steps.getByRole('link', { name: /상담/ })).toContainText('0/39');
	await expect(page.getByRole('button', { name: '상담사 연결 안 됨', exact: true })).toBeVisible();

	// The change log reads as words: a count of checks and the IVR event's name, no raw values.
	await goToStage(page, '검토');
	await page.getByText(/^변경 기록/).tap();
	const log = page.getByRole('listitem').filter({ hasText: '상담사 연결 안 됨 (해당없음 처리)' });
	await expect(log.first()).toContainText('42개 항목');
	await expect(log.first()).toContainText('해당없음');
	const undone = page.getByRole('listitem').filter({ hasText: '상담사 연결 안 됨 취소' });
	await expect(undone.first()).toContainText('개 항목 이전 답으로');
	await expect(page.getByRole('listitem').filter({ hasText: '기계가 끊음' })).toHaveCount(1);
	for (const raw of ['machine-drop', 'dial', ' na ', 'null']) {
		await expect(page.locator('details ol')).not.toContainText(raw);
	}
});

test('a callback that came after the evaluation read final is recorded at its real time as a revision', async ({
	page
}) => {
	test.setTimeout(90_000);
	await page.clock.install({ time: START });
	await createCampaign(page, { name: '하늘통신' });
	await startEvaluation(page, { scenario: '해지' });
	await answerAll(page, '충족');
	for (const stage of ['IVR', '상담', '기타 확인']) {
		await goToStage(page, stage);
		await answerAll(page, '충족');
	}
	await goToStage(page, '후속 조치');
	await page.getByRole('button', { name: '콜백 요청 기록' }).tap();
	await expect(page.getByText('대기 중')).toBeVisible();
	for (const id of ['A1-05', 'B4-02']) {
		await page.locator(`#check-${id}`).getByRole('button', { name: '해당없음' }).tap();
	}
	await goToStage(page, '검토');
	await finalize(page);
	await expect(page.getByText('후속 조치 결과를 기다리는 중')).toBeVisible();

	// A day and an hour later nothing is pending: the evaluation reads final.
	await page.clock.fastForward(25 * 3_600_000);
	await page.reload();
	await goToStage(page, '후속 조치');
	await expect(page.getByText('이 평가는 후속 조치를 더 기록할 수 없습니다')).toHaveCount(0);
	// It reads final now: the banner says so, and no new request can be started here.
	await expect(page.getByText('확정된 평가입니다.')).toBeVisible();
	await expect(page.getByText('후속 조치 대기 중인 평가입니다.')).toHaveCount(0);
	await expect(page.getByRole('button', { name: '콜백 요청 기록' })).toHaveCount(0);
	await page.getByRole('button', { name: '콜백 받음' }).tap();
	// The callback really came at 12:00 on the first day (Seoul), entered a day late.
	await page.getByLabel('받은 시각').fill('2026-11-25T12:00');
	await expect(page.getByLabel('개정 사유')).toHaveValue('후속 조치 늦게 기록');
	await page.getByRole('button', { name: '개정판으로 저장' }).tap();
	await expect(page.getByText(/받음 .*오후 12:00/)).toBeVisible();
	const a106 = page.locator('#check-A1-06');
	await expect(a106).toContainText('자동 판정: 충족');
	await goToStage(page, '검토');
	await expect(page.getByText('개정 사유: 후속 조치 늦게 기록').first()).toBeVisible();

	// The change log gives the callback's time and the reason, not a number of milliseconds.
	await page.getByText(/^변경 기록/).tap();
	const response = page.getByRole('listitem').filter({ hasText: '후속 조치 응답' });
	await expect(response).toContainText(/오후 12:00/);
	await expect(response).toContainText('사유: 후속 조치 늦게 기록');
	await expect(response).not.toContainText(/\d{10}/);
	const request = page.getByRole('listitem').filter({ hasText: '후속 조치 요청' });
	await expect(request).toContainText(/콜백 \(ARS\) · 요청 .*오전 10:00/);
	await expect(request).not.toContainText('kind');

	// The list names the revision as every other screen does, and its status chips fit.
	await page.goto('/');
	await expect(page.getByRole('listitem').filter({ hasText: '해지' })).toContainText('개정판 2');
	const chips = page.getByRole('group', { name: '상태별 보기' }).getByRole('button');
	await expect(chips).toHaveCount(4);
	for (const chip of await chips.all()) {
		const clipped = await chip.evaluate((el) => el.scrollWidth > el.clientWidth);
		expect(clipped).toBe(false);
	}
});

test('the lists show when the call happened (Seoul time)', async ({ page }) => {
	await page.clock.install({ time: START });
	await createCampaign(page, { name: '가람보험' });
	await startEvaluation(page, { scenario: '청구' });
	await page.clock.runFor(5 * 60_000);
	await dial(page);
	await page.goto('/');
	const row = page.getByRole('listitem').filter({ hasText: '청구' });
	await expect(row).toContainText(/상담 일시 .*오전 10:0[5-6]/);
	await page.goto('/reports');
	await expect(page.getByRole('listitem').filter({ hasText: '청구' })).toContainText(
		/상담 일시 .*오전 10:0[5-6]/
	);
});
