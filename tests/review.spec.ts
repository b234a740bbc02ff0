import { expect, test } from '@playwright/test';
import { apiCampaign, apiMember, apiOrganisation, signedInPhone } from './api-fixtures';
import { completeEvaluation, finalize, goToStage, startEvaluation } from './fixtures';
import { signInWithPassword, syncNow } from './team-helpers';

test('review: the coordinator returns with a comment on a check, the shopper revises on the phone, the coordinator approves and releases, the manager sees it; a shopper cannot release', async ({
	page,
	browser
}, testInfo) => {
	test.setTimeout(180_000);
	const suffix = `${testInfo.project.name}-${crypto.randomUUID().slice(0, 8)}`;
	const center = `검토 고객센터 ${suffix}`;

	// The organisation, a campaign, a shopper and a manager, set up through the API
	// (tests/programme.spec.ts walks this by touch).
	const owner = await apiOrganisation(testInfo, `품질원 ${suffix}`, '박검토', `park-${suffix}`);
	const campaignId = await apiCampaign(owner, center);
	const kim = await apiMember(owner, campaignId, 'shopper', '김평가', `kim-${suffix}`);
	const choi = await apiMember(owner, campaignId, 'manager', '최센터', `choi-${suffix}`);
	await signInWithPassword(page, owner.loginName);

	// The shopper finalizes an evaluation on her phone and syncs it.
	const shopper = await signedInPhone(browser, testInfo, kim);
	await syncNow(shopper.page);
	await startEvaluation(shopper.page, { evaluator: '김평가' });
	const id = await completeEvaluation(shopper.page);
	await syncNow(shopper.page);

	// The coordinator finds it in the review queue and sends it back with a comment on one check.
	await syncNow(page);
	await page.getByRole('link', { name: /검토 대기열/ }).tap();
	const waiting = page.getByRole('region', { name: `${center} 검토 대기` });
	await expect(waiting.getByRole('link')).toHaveCount(1);
	await page.screenshot({ path: testInfo.outputPath('queue.png'), fullPage: true });
	await waiting.getByRole('link').tap();
	await expect(page.getByTestId('review-state')).toHaveText('검토 대기');
	await page.getByRole('button', { name: '반려…' }).tap();
	await page.getByRole('button', { name: '반려 보내기' }).tap();
	await expect(page.getByText('의견을 하나 이상 적으세요.')).toBeVisible();
	const checkSelect = page.getByLabel('항목 1');
	await checkSelect.selectOption({ index: 1 });
	const checkId = await checkSelect.inputValue();
	await page.getByLabel('의견 1').fill('녹취와 다릅니다. 다시 들어 보세요.');
	const panel = page.getByRole('region', { name: '검토 및 공개' });
	await panel.screenshot({ path: testInfo.outputPath('return-form.png') });
	await page.getByRole('button', { name: '반려 보내기' }).tap();
	await expect(page.getByTestId('review-state')).toHaveText('반려됨');
	await expect(page.getByRole('list', { name: '검토 기록' })).toContainText('박검토');

	// A returned version offers no 승인 and no release, now or after a reload from the cache:
	// only the shopper's revision moves it on. Asked directly, the server refuses in words.
	const noSteps = async () => {
		await expect(page.getByTestId('review-state')).toHaveText('반려됨');
		await expect(page.getByRole('button', { name: '승인', exact: true })).toHaveCount(0);
		await expect(page.getByRole('button', { name: '반려…' })).toHaveCount(0);
		await expect(page.getByRole('button', { name: '지금 공개' })).toHaveCount(0);
	};
	await noSteps();
	await page.reload();
	await noSteps();
	const approveReturned = await page.evaluate(
		async ({ evaluationId, campaignId }) => {
			const session = await (await fetch('/api/v1/session')).json();
			const snapshot = await (await fetch(`/api/v1/campaigns/${campaignId}/programme`)).json();
			const events = snapshot.reviews.find(
				(r: { evaluationId: string }) => r.evaluationId === evaluationId
			).events;
			const res = await fetch(`/api/v1/evaluations/${evaluationId}/review`, {
				method: 'POST',
				headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrf },
				body: JSON.stringify({ action: 'approve', version: events[0].version })
			});
			return { status: res.status, body: await res.json(), events: events.length };
		},
		{ evaluationId: id, campaignId }
	);
	expect(approveReturned.status).toBe(409);
	expect(approveReturned.body.error).toBe('awaiting-revision');
	expect(approveReturned.body.message).toMatch(/sent back to the shopper/);
	expect(approveReturned.events).toBe(1);

	// The shopper's phone shows it returned, with the comment beside the check, and revises.
	await syncNow(shopper.page);
	const row = shopper.page.getByRole('listitem').filter({ hasText: '반려됨' });
	await expect(row).toHaveCount(1);
	await expect(shopper.page.getByText(/반려된 평가 1건/)).toBeVisible();
	await shopper.page.screenshot({ path: testInfo.outputPath('shopper-home.png') });
	await shopper.page.goto(`/evaluations/${id}/review`);
	const notice = shopper.page.getByTestId('returned-notice');
	await expect(notice).toContainText(checkId);
	await expect(notice).toContainText('녹취와 다릅니다. 다시 들어 보세요.');
	await notice.screenshot({ path: testInfo.outputPath('shopper-returned.png') });
	await notice.getByRole('button', { name: '수정하기' }).tap();
	await expect(shopper.page.getByText(/검토 반려\(.*\) 의견 반영/)).toBeVisible();
	await goToStage(shopper.page, '검토');
	await finalize(shopper.page);
	await expect(shopper.page.getByText('확정했습니다.')).toBeVisible();
	await syncNow(shopper.page);

	// A shopper asking the server to release it is refused in words, and nothing changes.
	const refusal = await shopper.page.evaluate(async (evaluationId) => {
		const session = await (await fetch('/api/v1/session')).json();
		const res = await fetch(`/api/v1/evaluations/${evaluationId}/release`, {
			method: 'POST',
			headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrf },
			body: JSON.stringify({ version: 1 })
		});
		return { status: res.status, body: await res.json() };
	}, id);
	expect(refusal.status).toBe(403);
	expect(refusal.body.message).toMatch(/Only a coordinator/);

	// The revision waits for review again; the coordinator approves and releases it.
	await syncNow(page);
	await page.goto(`/reports/evaluations/${id}`);
	await expect(page.getByTestId('review-state')).toHaveText('검토 대기');
	await page.getByRole('button', { name: '승인', exact: true }).tap();
	await expect(page.getByTestId('review-state')).toHaveText('승인됨');
	await page.getByRole('button', { name: '지금 공개' }).tap();
	await expect(page.getByTestId('review-state')).toHaveText('공개됨');
	await expect(page.getByText(/센터 관리자에게 공개됨/).first()).toBeVisible();
	await panel.screenshot({ path: testInfo.outputPath('coordinator-released.png') });

	// The manager then sees it.
	const manager = await signedInPhone(browser, testInfo, choi);
	await syncNow(manager.page);
	await manager.page.goto(`/reports/evaluations/${id}`);
	await expect(manager.page.locator('.scorecard')).toBeVisible();
});
