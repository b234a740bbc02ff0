import { expect, test, type Page } from '@playwright/test';
import { campaignOnServer } from './programme-helpers';
import {
	answerAll,
	completeEvaluation,
	createCampaign,
	goToStage,
	startEvaluation
} from './fixtures';
import { acceptWithPassword, invite, newPhone, setUpOrganisation, syncNow } from './team-helpers';

// A programme's first week on the phone: each role's home shows that role's work, a shopper
// starts as their account, 확정 asks first (and flags a stopwatch left running), and a
// returned evaluation opens where the coordinator's comment is.

const PHONE_360 = { width: 360, height: 640 };
const HOW_TO = '평가는 이렇게 진행됩니다';

/** Every tap target on screen at least 44 px tall (thumb-sized). */
async function thumbSized(page: Page, names: RegExp[]) {
	for (const name of names) {
		const box = await page
			.getByRole('link', { name })
			.or(page.getByRole('button', { name }))
			.first()
			.boundingBox();
		expect(box?.height, String(name)).toBeGreaterThanOrEqual(44);
	}
}

test('solo phone: 평가자 as before; 확정 asks to confirm, and a running stopwatch is flagged first', async ({
	page
}, testInfo) => {
	test.setTimeout(120_000);
	await createCampaign(page, { name: '혼자 고객센터' });
	await page.goto('/');
	await expect(page.getByRole('link', { name: '새 평가' })).toBeVisible();
	await expect(page.getByRole('heading', { name: HOW_TO })).toBeVisible();

	// Nothing prefilled on a solo phone's first evaluation; the name typed is remembered.
	await page.goto('/evaluations/new');
	await expect(page.getByLabel('평가자')).toHaveValue('');
	await expect(page.getByText('이 기기에 기억됩니다.')).toBeVisible();
	await startEvaluation(page, { evaluator: '이혼자' });
	await answerAll(page, '충족');
	for (const stage of ['IVR', '상담', '기타 확인', '후속 조치']) {
		await goToStage(page, stage);
		await answerAll(page, '충족');
	}
	// The call is dialled and never ended: the stopwatch runs.
	await goToStage(page, 'IVR');
	await page.getByRole('button', { name: '전화 걸기' }).tap();
	await expect(page.getByRole('timer')).toBeVisible();

	await goToStage(page, '검토');
	await page.setViewportSize(PHONE_360);
	const flag = page.getByTestId('stopwatch-running');
	await expect(flag).toContainText('IVR 스톱워치가 아직 멈추지 않았습니다');
	await expect(flag.getByRole('link', { name: 'IVR 화면으로 가기' })).toBeVisible();

	// 확정 asks; 취소 leaves the draft as it was.
	await page.getByRole('button', { name: '확정', exact: true }).tap();
	const confirm = page.getByRole('alertdialog', { name: '확정 확인' });
	await expect(confirm).toContainText('이 평가를 확정할까요?');
	await expect(confirm).toContainText('스톱워치를 멈추지 않고 확정하면');
	await confirm.scrollIntoViewIfNeeded();
	await page.screenshot({ path: testInfo.outputPath('finalize-confirm-360.png') });
	await thumbSized(page, [/^취소$/]);
	await confirm.getByRole('button', { name: '취소' }).tap();
	await expect(confirm).toHaveCount(0);
	await expect(page.getByText('확정했습니다.')).toHaveCount(0);
	await expect(page.getByRole('region', { name: '상태' })).toContainText('작성 중');

	// The call ends: nothing is flagged, and 확정 still asks before it finalizes.
	await goToStage(page, 'IVR');
	await page.getByRole('button', { name: '통화 종료' }).tap();
	await goToStage(page, '검토');
	await expect(flag).toHaveCount(0);
	await page.getByRole('button', { name: '확정', exact: true }).tap();
	await expect(confirm).not.toContainText('스톱워치');
	await confirm.getByRole('button', { name: '확정', exact: true }).tap();
	await expect(page.getByText('확정했습니다.')).toBeVisible();

	// The next evaluation starts with the name typed before.
	await page.goto('/evaluations/new');
	await expect(page.getByLabel('평가자')).toHaveValue('이혼자');
});

test('a team week: the shopper starts as their account, a return opens on the commented check with 수정하기, and each role home shows its work with counts', async ({
	page,
	browser
}, testInfo) => {
	test.setTimeout(300_000);
	const suffix = `${testInfo.project.name}-${crypto.randomUUID().slice(0, 8)}`;
	const center = `첫주 고객센터 ${suffix}`;
	await page.setViewportSize(PHONE_360);

	await setUpOrganisation(page, `품질원 ${suffix}`, '박코디');
	const campaignId = await campaignOnServer(page, center);
	const shopperLink = await invite(page, campaignId, '상담 평가원', '김평가');
	const managerLink = await invite(page, campaignId, '센터 관리자', '최센터');

	// The shopper's 평가자 is their account's name, and it can still be changed.
	const shopper = await newPhone(browser, testInfo);
	const kim = shopper.page;
	await kim.setViewportSize(PHONE_360);
	await acceptWithPassword(kim, shopperLink, '김평가', `kim-${suffix}`);
	await syncNow(kim);
	await expect(kim.getByRole('link', { name: '새 평가' })).toBeVisible();
	await kim.goto('/evaluations/new');
	const evaluator = kim.getByLabel('평가자');
	await expect(evaluator).toHaveValue('김평가');
	await expect(kim.getByText('로그인한 팀 계정의 이름입니다.')).toBeVisible();
	await evaluator.fill('김평가 (2팀)');
	await expect(evaluator).toHaveValue('김평가 (2팀)');
	await evaluator.fill('김평가');
	await kim.screenshot({ path: testInfo.outputPath('new-evaluation-360.png') });
	await startEvaluation(kim);
	const id = await completeEvaluation(kim);
	await syncNow(kim);

	// The coordinator's home: the reviews waiting with their count, no shopper's 새 평가.
	await syncNow(page);
	const reviewLink = page.getByRole('link', { name: /검토 대기열/ });
	await expect(reviewLink).toContainText('검토 대기 1건');
	await expect(page.getByRole('link', { name: '새 평가' })).toHaveCount(0);
	await expect(page.getByRole('heading', { name: HOW_TO })).toHaveCount(0);
	await expect(page.getByRole('link', { name: /이의 제기 처리/ })).toContainText('결정 대기 0건');
	await page.screenshot({ path: testInfo.outputPath('coordinator-home-360.png'), fullPage: true });

	// Returned with a comment on a check of the agent sheet.
	await page.goto(`/reports/evaluations/${id}`);
	await page.getByRole('button', { name: '반려…' }).tap();
	await page.getByLabel('항목 1').selectOption('S01-2');
	await page.getByLabel('의견 1').fill('인사 뒤 소속을 말했는지 녹취로 다시 확인하세요.');
	await page.getByRole('button', { name: '반려 보내기' }).tap();
	await expect(page.getByTestId('review-state')).toHaveText('반려됨');

	// The shopper opens it from home: on the agent sheet, at the check, comment and 수정하기 at hand.
	await syncNow(kim);
	await kim.getByRole('listitem').filter({ hasText: '반려됨' }).getByRole('link').first().tap();
	await expect(kim).toHaveURL(new RegExp(`/evaluations/${id}/agent#check-S01-2$`));
	await expect(kim.getByRole('heading', { level: 1, name: '상담' })).toBeVisible();
	const comment = kim.getByRole('complementary', { name: 'S01-2 항목에 대한 코디네이터 의견' });
	await expect(comment).toContainText('인사 뒤 소속을 말했는지 녹취로 다시 확인하세요.');
	await expect(comment).toBeInViewport();
	await expect(kim.locator('#check-S01-2')).toBeInViewport();
	const revise = comment.getByRole('button', { name: '수정하기' });
	await expect(revise).toBeInViewport();
	await kim.screenshot({ path: testInfo.outputPath('returned-at-check-360.png') });
	await thumbSized(kim, [/^수정하기$/]);
	await revise.tap();
	await expect(comment.getByRole('button', { name: '수정하기' })).toHaveCount(0);
	await expect(kim.getByTestId('returned-notice')).toContainText('새 개정판에서 의견을 반영한 뒤');
	// The check answers again: the revision is a draft.
	const met = kim.locator('#check-S01-2').getByRole('button', { name: '충족', exact: true });
	await expect(met).toBeEnabled();

	// Approved and released after the revision; the manager's home shows the center's work.
	await goToStage(kim, '검토');
	await kim.getByRole('button', { name: '확정', exact: true }).tap();
	await kim.getByRole('alertdialog').getByRole('button', { name: '확정', exact: true }).tap();
	await expect(kim.getByText('확정했습니다.')).toBeVisible();
	await syncNow(kim);
	await syncNow(page);
	await page.goto(`/reports/evaluations/${id}`);
	await page.getByRole('button', { name: '승인', exact: true }).tap();
	await expect(page.getByTestId('review-state')).toHaveText('승인됨');
	await page.getByRole('button', { name: '지금 공개' }).tap();
	await expect(page.getByText(/센터 관리자에게 공개됨/).first()).toBeVisible();

	const manager = await newPhone(browser, testInfo);
	const choi = manager.page;
	await choi.setViewportSize(PHONE_360);
	await acceptWithPassword(choi, managerLink, '최센터', `choi-${suffix}`);
	await syncNow(choi);
	const work = choi.getByRole('link', { name: /센터 할 일/ });
	await expect(work).toContainText('공개된 결과 1건');
	await expect(work).toContainText('확인할 결과 1건');
	await expect(work).toContainText('진행 중인 이의 제기 0건');
	await expect(choi.getByRole('link', { name: '새 평가' })).toHaveCount(0);
	await expect(choi.getByRole('heading', { name: HOW_TO })).toHaveCount(0);
	await choi.screenshot({ path: testInfo.outputPath('manager-home-360.png'), fullPage: true });
	await thumbSized(choi, [/센터 할 일/]);

	// Acknowledged and disputed from the center's view: the home counts follow.
	await work.tap();
	await choi.getByRole('region', { name: center }).getByTestId('center-scorecard').tap();
	const panel = choi.getByRole('region', { name: '센터 확인과 이의 제기' });
	await panel.getByRole('button', { name: '이 평가표를 확인했습니다' }).tap();
	await expect(panel.getByTestId('acknowledged')).toContainText('확인함 · 최센터');
	await panel.getByLabel('이의를 제기할 항목').selectOption({ index: 1 });
	await panel.getByLabel('사유').fill('녹취를 들어 보면 상담사가 소속을 말했습니다.');
	await panel.getByRole('button', { name: '이의 제기', exact: true }).tap();
	await expect(panel.getByText('이의 제기를 보냈습니다.')).toBeVisible();
	await syncNow(choi);
	await expect(work).toContainText('확인할 결과 0건');
	await expect(work).toContainText('진행 중인 이의 제기 1건');

	// The coordinator's 이의 제기 처리 shows the one waiting for a decision.
	await syncNow(page);
	await expect(page.getByRole('link', { name: /이의 제기 처리/ })).toContainText('결정 대기 1건');
	await expect(reviewLink).toContainText('검토 대기 0건');
	await page.screenshot({
		path: testInfo.outputPath('coordinator-disputes-360.png'),
		fullPage: true
	});
});
