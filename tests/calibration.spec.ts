import { expect, test } from '@playwright/test';
import { apiCampaign, apiMember, apiOrganisation, signedInPhone } from './api-fixtures';
import { CALIBRATION_CHECKS as CHECKS, rate } from './programme-helpers';
import { signInWithPassword } from './team-helpers';

test('a calibration session of two raters: created by the coordinator, rated blind, closed, kappa per check and overall', async ({
	page,
	browser
}, testInfo) => {
	test.setTimeout(150_000);
	const suffix = `${testInfo.project.name}-${crypto.randomUUID().slice(0, 8)}`;
	const center = `보정 고객센터 ${suffix}`;
	const title = `3월 보정 ${suffix}`;

	// A campaign on the server with its coordinator and a shopper, set up through the API
	// (tests/programme.spec.ts walks this by touch); both sign in on their phones.
	const owner = await apiOrganisation(testInfo, `품질원 ${suffix}`, '박코디', `park-${suffix}`);
	const campaignId = await apiCampaign(owner, center);
	const shopper = await apiMember(owner, campaignId, 'shopper', '김평가', `kim-${suffix}`);
	await signInWithPassword(page, owner.loginName);
	const kim = await signedInPhone(browser, testInfo, shopper);

	// The coordinator opens a session with two contacts; the raters are the coordinator and Kim.
	await page.goto('/calibration');
	await page.getByRole('link', { name: '새 세션' }).tap();
	await page.getByLabel('캠페인').selectOption({ label: center });
	await page.getByLabel('세션 이름').fill(title);
	await page.getByLabel('상담 1 설명').fill('녹취 A: 요금 문의 (3월 2일 10:15)');
	await page.getByRole('button', { name: '상담 추가' }).tap();
	await page.getByLabel('상담 2 설명').fill('녹취 B: 해지 문의 (3월 3일 14:40)');
	await page.getByRole('button', { name: '세션 만들기' }).tap();
	await expect(page.getByRole('alert')).toHaveText('평가원을 두 명 이상 고르세요.');
	await page.getByRole('checkbox', { name: /박코디/ }).check();
	await page.getByRole('checkbox', { name: /김평가/ }).check();
	await page.getByRole('button', { name: '세션 만들기' }).tap();
	await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
	await expect(page).toHaveURL(/\/calibration\/[0-9a-f-]{36}$/);
	const sessionId = page.url().split('/').at(-1)!;
	await expect(page.getByRole('note')).toContainText('세션을 닫은 뒤에만 보입니다');

	// The coordinator rates both contacts.
	await page.setViewportSize({ width: 360, height: 760 });
	await page.screenshot({ path: testInfo.outputPath('rate-top-360.png') });
	await rate(page, 1, { greeting: '충족', name: '충족', help: '충족' });
	await rate(page, 2, { greeting: '미충족', name: '충족', help: '미충족' });
	await page.screenshot({ path: testInfo.outputPath('rate-360.png') });

	// Kim finds the session from the home screen and sees none of the coordinator's answers.
	await kim.page.goto('/');
	await kim.page.getByRole('link', { name: /보정 세션/ }).tap();
	await kim.page.getByRole('link', { name: new RegExp(title) }).tap();
	await expect(kim.page.getByRole('heading', { level: 1, name: title })).toBeVisible();
	for (const contact of [1, 2]) {
		await kim.page.getByRole('button', { name: new RegExp(`^상담 ${contact}`) }).tap();
		await expect(kim.page.getByRole('button', { pressed: true, name: /충족/ })).toHaveCount(0);
	}
	// …nor does the server send them: her view holds her own answers only; results wait.
	const view = (await (await kim.page.request.get(`/api/v1/calibration/${sessionId}`)).json()) as {
		mine: unknown[];
	};
	expect(view.mine).toEqual([]);
	expect(JSON.stringify(view)).not.toMatch(/S01-|not-met/);
	expect((await kim.page.request.get(`/api/v1/calibration/${sessionId}/results`)).status()).toBe(
		409
	);
	await rate(kim.page, 1, { greeting: '충족', name: '충족', help: '충족' });
	await rate(kim.page, 2, { greeting: '미충족', name: '미충족', help: '미충족' });

	// The coordinator sees both raters done and closes the session.
	await page.reload();
	const progress = page.getByRole('region', { name: '채점 진행' });
	await expect(progress).toContainText('김평가: 2/2건');
	await expect(progress).toContainText('박코디: 2/2건');
	await progress.getByRole('button', { name: '세션 닫기' }).tap();
	await progress.getByRole('button', { name: '닫기', exact: true }).tap();
	await expect(page.getByText('세션이 닫혀 답을 더 바꿀 수 없습니다.')).toBeVisible();
	await page.getByRole('link', { name: '결과 보기' }).tap();

	// Pooled: 5 of 6 units agree; 박코디 met 4 / not 2, 김평가 met 3 / not 3 → p_e 0.5, κ 0.67.
	const overall = page.getByRole('region', { name: '전체 (모든 항목)' });
	await expect(overall).toContainText(/κ\s*0\.67/);
	await expect(overall).toContainText('일치율 83%');
	await expect(overall).toContainText('우연 이상 일치 상당함');
	await expect(overall).toContainText('95% 구간');
	const check = (name: RegExp) => page.getByRole('listitem').filter({ hasText: name });
	await expect(check(CHECKS.greeting)).toContainText(/κ\s*1\.00/);
	await expect(check(CHECKS.greeting)).toContainText('거의 완전한 일치');
	await expect(check(CHECKS.name)).toContainText(/κ\s*0\.00/);
	await expect(check(CHECKS.name)).toContainText('일치율 50%');
	// Totals: contact 2 — 박코디 33.3, 김평가 0 → consensus 16.7 (each 16.7 off it).
	const raters = page.getByRole('region', { name: '평가원별 보정' });
	await expect(raters).toContainText('박코디');
	await expect(raters).toContainText('합의 대비 평균 +8.3점');
	await expect(raters).toContainText('김평가');
	await expect(raters).toContainText('합의 대비 평균 −8.3점');
	await expect(raters).toContainText('±10점 안 50%');
	await expect(raters).toContainText('보정 필요');
	await page.screenshot({ path: testInfo.outputPath('results-360.png') });
	await page.getByRole('heading', { name: '항목별 일치도' }).scrollIntoViewIfNeeded();
	await page.screenshot({ path: testInfo.outputPath('results-checks-360.png') });

	// After the close Kim reads the results too, and can no longer change her answers.
	await kim.page.goto(`/calibration/${sessionId}/results`);
	await expect(kim.page.getByRole('region', { name: '전체 (모든 항목)' })).toContainText(
		/κ\s*0\.67/
	);
	await kim.context.close();
});
