import { expect, test } from '@playwright/test';
import { answerAll, finalize, goToStage } from './fixtures';
import { goOffline, waitForServiceWorker } from './offline-helpers';
import { addScenario, campaignOnServer, planTwelve, rate } from './programme-helpers';
import { acceptWithPassword, invite, newPhone, setUpOrganisation, syncNow } from './team-helpers';

test.use({ actionTimeout: 15_000 });

// The whole programme in one run, as the issue asks: plan → assignments → an offline contact
// from an assignment → review (returned, revised, approved, released) → the manager's dispute
// overturned → the new score on the manager's phone → a calibration session showing kappa.
test('a programme from plan to dispute: 12 planned contacts assigned to two shoppers, one made offline from its assignment, returned, revised, approved, released, disputed and overturned; a calibration session of two raters shows kappa', async ({
	page,
	browser
}, testInfo) => {
	test.setTimeout(420_000);
	const suffix = `${testInfo.project.name}-${crypto.randomUUID().slice(0, 8)}`;
	const center = `프로그램 고객센터 ${suffix}`;

	// The coordinator sets up the campaign and its people.
	await setUpOrganisation(page, `품질원 ${suffix}`, '박조정');
	const campaignId = await campaignOnServer(page, center);
	const phones = {} as Record<'kim' | 'lee' | 'choi', Awaited<ReturnType<typeof newPhone>>>;
	for (const [role, name, login] of [
		['상담 평가원', '김평가', 'kim'],
		['상담 평가원', '이평가', 'lee'],
		['센터 관리자', '최센터', 'choi']
	] as const) {
		const link = await invite(page, campaignId, role, name);
		phones[login] = await newPhone(browser, testInfo);
		await acceptWithPassword(phones[login].page, link, name, `${login}-${suffix}`);
	}
	const kim = phones.kim.page;
	const manager = phones.choi.page;

	// A plan of 12 contacts, assigned to the two shoppers.
	await page.goto(`/campaigns/${campaignId}/programme`);
	await addScenario(page, '카드 분실 신고', /^S05-3 /);
	await addScenario(page, '주소 변경', /^S02-1 /);
	await planTwelve(page);
	await expect(page.getByRole('region', { name: '표본 계획' })).toContainText('전체 0/12 완료');
	const assign = page.getByRole('region', { name: '배정' });
	await assign.getByRole('checkbox', { name: '김평가' }).check();
	await assign.getByRole('checkbox', { name: '이평가' }).check();
	await assign.getByRole('button', { name: '배정 만들기' }).tap();
	await expect(assign.getByRole('status')).toHaveText(/배정 12건을 만들었습니다/);
	const list = assign.getByRole('list', { name: '배정 목록' });
	await expect(list.getByRole('listitem').filter({ hasText: '김평가' })).toHaveCount(6);
	await expect(list.getByRole('listitem').filter({ hasText: '이평가' })).toHaveCount(6);

	// Kim receives her six assignments, goes offline and starts the first one.
	await syncNow(kim);
	await kim.goto('/');
	await waitForServiceWorker(kim);
	await goOffline(phones.kim.context);
	await kim.goto('/');
	await kim.getByRole('link', { name: /내 배정/ }).tap();
	const open = kim.getByRole('region', { name: /시작할 배정/ });
	await expect(open.getByRole('listitem')).toHaveCount(6);
	const first = open.getByRole('listitem').first();
	const scenario = (await first.textContent())!.includes('카드 분실 신고')
		? '카드 분실 신고'
		: '주소 변경';
	await first.getByRole('link', { name: '시작' }).tap();
	await expect(kim.getByLabel('캠페인')).toHaveValue(campaignId);
	await expect(kim.getByLabel('시나리오')).toHaveValue(scenario);
	// The window starts next week: the phone warns, and Kim confirms.
	await expect(kim.getByRole('alert').filter({ hasText: '배정 기간' })).toBeVisible();
	const evaluator = kim.getByLabel('평가자');
	if ((await evaluator.inputValue()) === '') await evaluator.fill('김평가');
	await kim.getByLabel('배정과 다르게 진행하는 것을 확인했습니다').check();
	await kim.getByRole('button', { name: '평가 시작' }).tap();
	await expect(
		kim.getByRole('heading', { level: 1, exact: true, name: '사전 서비스' })
	).toBeVisible();
	await expect(kim.getByTestId('scenario-panel')).toContainText(scenario);
	await answerAll(kim, '충족');
	for (const stage of ['IVR', '상담', '기타 확인', '후속 조치']) {
		await goToStage(kim, stage);
		await answerAll(kim, '충족');
	}
	await goToStage(kim, '검토');
	await finalize(kim);
	await expect(kim.getByText('확정했습니다.')).toBeVisible();
	const id = kim.url().split('/').at(-2)!;
	await phones.kim.context.unroute('**/*');
	await phones.kim.context.setOffline(false);
	await syncNow(kim);

	// The coordinator sends it back with a comment on one check.
	await syncNow(page);
	await page.goto('/');
	await page.getByRole('link', { name: /검토 대기열/ }).tap();
	await page
		.getByRole('region', { name: `${center} 검토 대기` })
		.getByRole('link')
		.tap();
	await expect(page.getByTestId('review-state')).toHaveText('검토 대기');
	await page.getByRole('button', { name: '반려…' }).tap();
	await page.getByLabel('항목 1').selectOption({ index: 1 });
	await page.getByLabel('의견 1').fill('녹취와 다릅니다. 다시 들어 보세요.');
	await page.getByRole('button', { name: '반려 보내기' }).tap();
	await expect(page.getByTestId('review-state')).toHaveText('반려됨');

	// Kim sees the comment on her phone and revises.
	await syncNow(kim);
	await kim.goto(`/evaluations/${id}/review`);
	const notice = kim.getByTestId('returned-notice');
	await expect(notice).toContainText('녹취와 다릅니다. 다시 들어 보세요.');
	await notice.getByRole('button', { name: '수정하기' }).tap();
	await goToStage(kim, '검토');
	await finalize(kim);
	await expect(kim.getByText('확정했습니다.')).toBeVisible();
	await syncNow(kim);

	// The coordinator approves the revision and releases it; the plan counts it done.
	await syncNow(page);
	await page.goto(`/reports/evaluations/${id}`);
	await expect(page.getByTestId('review-state')).toHaveText('검토 대기');
	await page.getByRole('button', { name: '승인', exact: true }).tap();
	await expect(page.getByTestId('review-state')).toHaveText('승인됨');
	await page.getByRole('button', { name: '지금 공개' }).tap();
	await expect(page.getByTestId('review-state')).toHaveText('공개됨');
	await expect(page.getByRole('list', { name: '검토 기록' })).toContainText('박조정');

	// The manager sees it and disputes a check.
	await syncNow(manager);
	await manager.getByRole('link', { name: '센터 결과 보기' }).tap();
	const card = manager.getByRole('region', { name: center });
	await expect(card.getByTestId('center-scorecard')).toHaveCount(1);
	await expect(card.getByTestId('center-scorecard')).toContainText('100.0');
	await card.getByTestId('center-scorecard').tap();
	const panel = manager.getByRole('region', { name: '센터 확인과 이의 제기' });
	await panel.getByLabel('이의를 제기할 항목').selectOption({ index: 1 });
	await panel.getByLabel('사유').fill('녹취를 들어 보면 상담사가 인사를 했습니다.');
	await panel.getByRole('button', { name: '이의 제기', exact: true }).tap();
	await expect(panel.getByText('이의 제기를 보냈습니다.')).toBeVisible();

	// The coordinator overturns it: a new revision, re-scored.
	await page.goto('/reports/disputes');
	const dispute = page.getByTestId('open-dispute');
	await expect(dispute).toHaveCount(1);
	await dispute.getByLabel('평가 변경').check();
	await dispute.getByLabel('새 답').selectOption({ label: '미충족' });
	await dispute.getByLabel('결정 사유').fill('녹취 확인 결과 미충족이 맞습니다.');
	await dispute.getByRole('button', { name: '결정 저장' }).tap();
	await expect(page.getByTestId('open-dispute')).toHaveCount(0);

	// The manager sees the new score after a sync.
	await syncNow(manager);
	await manager.goto('/center');
	const after = manager.getByRole('region', { name: center }).getByTestId('center-scorecard');
	await expect(after).not.toContainText('100.0');
	expect(Number((await after.locator('.score').textContent())!.trim())).toBeLessThan(100);
	await manager.setViewportSize({ width: 360, height: 800 });
	await manager.screenshot({ path: testInfo.outputPath('center-360.png'), fullPage: true });

	// A calibration session of two raters (the coordinator and Kim) shows kappa.
	await page.goto('/calibration');
	await page.getByRole('link', { name: '새 세션' }).tap();
	await page.getByLabel('캠페인').selectOption({ label: center });
	await page.getByLabel('세션 이름').fill(`보정 ${suffix}`);
	await page.getByLabel('상담 1 설명').fill('녹취 A: 요금 문의');
	await page.getByRole('button', { name: '상담 추가' }).tap();
	await page.getByLabel('상담 2 설명').fill('녹취 B: 해지 문의');
	await page.getByRole('checkbox', { name: /박조정/ }).check();
	await page.getByRole('checkbox', { name: /김평가/ }).check();
	await page.getByRole('button', { name: '세션 만들기' }).tap();
	await expect(page).toHaveURL(/\/calibration\/[0-9a-f-]{36}$/);
	const sessionUrl = new URL(page.url()).pathname;
	await rate(page, 1, { greeting: '충족', name: '충족', help: '충족' });
	await rate(page, 2, { greeting: '미충족', name: '충족', help: '미충족' });
	await kim.goto(sessionUrl);
	await rate(kim, 1, { greeting: '충족', name: '충족', help: '충족' });
	await rate(kim, 2, { greeting: '미충족', name: '미충족', help: '미충족' });
	await page.reload();
	const progress = page.getByRole('region', { name: '채점 진행' });
	await progress.getByRole('button', { name: '세션 닫기' }).tap();
	await progress.getByRole('button', { name: '닫기', exact: true }).tap();
	await page.getByRole('link', { name: '결과 보기' }).tap();
	await expect(page.getByRole('region', { name: '전체 (모든 항목)' })).toContainText(/κ\s*0\.67/);

	for (const phone of Object.values(phones)) await phone.context.close();
});
