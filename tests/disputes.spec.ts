import { expect, test } from '@playwright/test';
import {
	apiCampaign,
	apiEvaluation,
	apiMember,
	apiOrganisation,
	signedInPhone
} from './api-fixtures';
import { signInWithPassword, syncNow } from './team-helpers';

test('a center manager sees a released scorecard, acknowledges it and disputes a check; the coordinator overturns it; the manager sees the new score', async ({
	page,
	browser
}, testInfo) => {
	test.setTimeout(180_000);
	const suffix = `${testInfo.project.name}-${crypto.randomUUID().slice(0, 8)}`;
	const center = `이의 고객센터 ${suffix}`;

	// The organisation, a campaign on the server, a shopper and a manager, set up through the
	// API (tests/programme.spec.ts walks this by touch); the coordinator signs in on the phone.
	const owner = await apiOrganisation(testInfo, `품질원 ${suffix}`, '박코디', `park-${suffix}`);
	const campaignId = await apiCampaign(owner, center);
	const kim = await apiMember(owner, campaignId, 'shopper', '김평가', `kim-${suffix}`);
	const choi = await apiMember(owner, campaignId, 'manager', '최센터', `choi-${suffix}`);
	await signInWithPassword(page, owner.loginName);

	// The shopper's evaluation with every check met, synced; her phone holds it too.
	const id = await apiEvaluation(kim, campaignId);
	const shopper = await signedInPhone(browser, testInfo, kim);
	await syncNow(shopper.page);

	// The coordinator approves it and releases it to the center.
	await syncNow(page);
	await page.goto(`/reports/evaluations/${id}`);
	await page.getByRole('button', { name: '승인', exact: true }).tap();
	await expect(page.getByTestId('review-state')).toHaveText('승인됨');
	await page.getByRole('button', { name: '지금 공개' }).tap();
	await expect(page.getByText(/센터 관리자에게 공개됨/)).toBeVisible();

	// The manager finds it from home, with the campaign's figures.
	const manager = await signedInPhone(browser, testInfo, choi);
	await syncNow(manager.page);
	await manager.page.getByRole('link', { name: '센터 결과 보기' }).tap();
	await expect(manager.page.getByRole('heading', { level: 1, name: '센터 결과' })).toBeVisible();
	const card = manager.page.getByRole('region', { name: center });
	await expect(card).toContainText('100.0');
	await expect(card).toContainText('프로그램 평균');
	await expect(card.getByTestId('center-scorecard')).toHaveCount(1);
	await expect(card.getByTestId('center-scorecard')).toContainText('확인 전');
	await card.getByTestId('center-scorecard').tap();

	// Acknowledge, then dispute the first check with a reason and a small recording.
	await expect(manager.page.locator('.scorecard')).toContainText('100.0');
	const panel = manager.page.getByRole('region', { name: '센터 확인과 이의 제기' });
	await panel.getByRole('button', { name: '이 평가표를 확인했습니다' }).tap();
	await expect(panel.getByTestId('acknowledged')).toContainText('확인함 · 최센터');
	await expect(panel).toContainText('이의 제기 기한:');
	// Without a check chosen nothing is sent.
	await panel.getByRole('button', { name: '이의 제기', exact: true }).tap();
	await expect(panel.getByRole('alert')).toHaveText('항목을 고르세요.');
	const select = panel.getByLabel('이의를 제기할 항목');
	await select.selectOption({ index: 1 });
	const checkLabel = (await select.locator('option:checked').textContent())!.trim();
	const checkId = checkLabel.split(' ')[0]!;
	await panel.getByLabel('사유').fill('녹취를 들어 보면 상담사가 인사를 했습니다.');
	await panel.getByLabel(/첨부 파일/).setInputFiles({
		name: 'call.wav',
		mimeType: 'audio/wav',
		buffer: Buffer.from('RIFF....WAVEfmt ')
	});
	await panel.getByRole('button', { name: '이의 제기', exact: true }).tap();
	await expect(panel.getByText('이의 제기를 보냈습니다.')).toBeVisible();
	await expect(panel.getByTestId('dispute')).toContainText('검토 중');
	await expect(panel.getByTestId('dispute')).toContainText('첨부: call.wav');
	await manager.page.screenshot({
		path: testInfo.outputPath('manager-dispute.png'),
		fullPage: true
	});

	// The coordinator sees it with the counts and overturns it: the check is now not met.
	await page.goto('/');
	await page.getByRole('link', { name: '이의 제기 처리' }).tap();
	const open = page.getByTestId('open-dispute');
	await expect(open).toHaveCount(1);
	await expect(open).toContainText('녹취를 들어 보면');
	await expect(page.getByTestId('counts-by-check')).toContainText(`${checkId}`);
	await expect(page.getByTestId('counts-by-check')).toContainText('제기 1 · 변경 0');
	await expect(page.getByTestId('counts-by-shopper')).toContainText('김평가');
	await open.getByLabel('평가 변경').check();
	await open.getByLabel('새 답').selectOption({ label: '미충족' });
	await open.getByLabel('결정 사유').fill('녹취 확인 결과 인사 누락이 맞아 미충족으로 바꿉니다.');
	await open.getByRole('button', { name: '결정 저장' }).tap();
	await expect(page.getByTestId('open-dispute')).toHaveCount(0);
	await expect(page.getByTestId('counts-by-check')).toContainText('제기 1 · 변경 1');
	await page.screenshot({ path: testInfo.outputPath('coordinator-disputes.png'), fullPage: true });
	await expect(page.getByTestId('decided-by')).toContainText('박코디');

	// On the coordinator's scorecard the overturn's release is named after the coordinator, the
	// evaluation reads 이의 결정됨, and the revision reads once as the team server's.
	await page.goto(`/reports/evaluations/${id}`);
	const history = page.getByRole('list', { name: '검토 기록' });
	await expect(history.getByRole('listitem').first()).toContainText('공개');
	await expect(history.getByRole('listitem').first()).toContainText('박코디');
	await expect(history).not.toContainText('알 수 없는 사용자');
	await expect(page.getByTestId('review-stage')).toHaveText('이의 결정됨');
	await expect(page.getByTestId('signed-by')).toHaveText('팀 서버 (박코디)');
	await expect(page.locator('.scorecard')).not.toContainText('서명 없음');

	// After a sync the manager sees the new score, the revision made by the team server.
	await syncNow(manager.page);
	await manager.page.goto('/center');
	const after = manager.page.getByRole('region', { name: center }).getByTestId('center-scorecard');
	await expect(after).toHaveCount(1);
	await expect(after).not.toContainText('100.0');
	const newScore = (await after.locator('.score').textContent())!.trim();
	expect(Number(newScore)).toBeLessThan(100);
	await manager.page.setViewportSize({ width: 360, height: 800 });
	await manager.page.screenshot({ path: testInfo.outputPath('center-360.png'), fullPage: true });
	await after.tap();
	await expect(manager.page.getByRole('region', { name: '평가 결과' })).toContainText(newScore);
	await expect(manager.page.getByTestId('signed-by')).toHaveText('팀 서버 (박코디)');
	await expect(manager.page.getByTestId('trust-mark')).toHaveCount(0);
	await expect(manager.page.locator('.scorecard')).not.toContainText('서명 없음');
	const panelAfter = manager.page.getByRole('region', { name: '센터 확인과 이의 제기' });
	await expect(panelAfter.getByTestId('dispute')).toContainText('평가 변경');
	await expect(panelAfter.getByTestId('dispute')).toContainText('새 답: 미충족');

	// The shopper's phone gets the new version too.
	await syncNow(shopper.page);
	await shopper.page.goto(`/reports/evaluations/${id}`);
	await expect(shopper.page.getByRole('region', { name: '평가 결과' })).toContainText(newScore);
	await expect(shopper.page.locator('.scorecard')).toContainText('개정판 2');
});
