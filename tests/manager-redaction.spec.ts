import { expect, test, type Page } from '@playwright/test';
import {
	apiCampaign,
	apiEvaluation,
	apiMember,
	apiOrganisation,
	signedInPhone
} from './api-fixtures';
import { signInWithPassword, syncNow } from './team-helpers';

/** Everything this phone keeps of pulled evaluations, as one text. */
async function storedEvaluations(page: Page): Promise<string> {
	return page.evaluate(
		() =>
			new Promise<string>((resolve, reject) => {
				const open = indexedDB.open('ks-s-1006');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const all = open.result.transaction('evaluations').objectStore('evaluations').getAll();
					all.onsuccess = () => resolve(JSON.stringify(all.result));
					all.onerror = () => reject(all.error);
				};
			})
	);
}

test('a center manager never learns who called, from which script or with which key', async ({
	page,
	browser
}, testInfo) => {
	test.setTimeout(180_000);
	const suffix = `${testInfo.project.name}-${crypto.randomUUID().slice(0, 8)}`;
	const center = `비공개 고객센터 ${suffix}`;
	const shopperName = `김비밀${suffix.slice(-4)}`;
	const scenarioTitle = `야간 카드 분실 ${suffix.slice(-4)}`;

	// The organisation, a campaign, a shopper and a manager, set up through the API
	// (tests/programme.spec.ts walks this by touch).
	const owner = await apiOrganisation(testInfo, `품질원 ${suffix}`, '박코디', `park-${suffix}`);
	const campaignId = await apiCampaign(owner, center);
	const shopper = await apiMember(owner, campaignId, 'shopper', shopperName, `s-${suffix}`);
	const choi = await apiMember(owner, campaignId, 'manager', '최센터', `m-${suffix}`);

	// The shopper makes an evaluation under a scenario title on her device and syncs it.
	const id = await apiEvaluation(shopper, campaignId, { scenario: scenarioTitle });
	await signInWithPassword(page, owner.loginName);

	// The coordinator sees who and which script, approves and releases it.
	await syncNow(page);
	await page.goto(`/reports/evaluations/${id}`);
	const header = page.getByRole('region', { name: center });
	await expect(header).toContainText(shopperName);
	await expect(header).toContainText(scenarioTitle);
	await expect(page.getByTestId('signed-by')).toHaveText(`서명: ${shopperName}`);
	await page.getByRole('button', { name: '승인', exact: true }).tap();
	await expect(page.getByTestId('review-state')).toHaveText('승인됨');
	await page.getByRole('button', { name: '지금 공개' }).tap();
	await expect(page.getByText(/센터 관리자에게 공개됨/)).toBeVisible();

	// The manager's phone: the home screen, the center's view, the scorecard and its print.
	const m = (await signedInPhone(browser, testInfo, choi)).page;
	await syncNow(m);
	const secrets = [shopperName, scenarioTitle];
	const body = m.locator('body');
	for (const s of secrets) await expect(body).not.toContainText(s);

	await m.getByRole('link', { name: '센터 결과 보기' }).tap();
	const card = m.getByRole('region', { name: center });
	await expect(card.getByTestId('center-scorecard')).toHaveCount(1);
	for (const s of secrets) await expect(body).not.toContainText(s);

	await card.getByTestId('center-scorecard').tap();
	await expect(m.getByRole('region', { name: '평가 결과' })).toContainText('100.0');
	await expect(m.getByTestId('signed-by')).toHaveText('프로그램이 검증함');
	const scorecard = m.getByRole('region', { name: center });
	await expect(scorecard).not.toContainText('평가자');
	await expect(scorecard).not.toContainText('평가 시나리오');
	await expect(scorecard).not.toContainText('서명자 지문');
	for (const s of secrets) await expect(body).not.toContainText(s);

	await m.emulateMedia({ media: 'print' });
	await expect(m.getByTestId('signed-by')).toHaveText('프로그램이 검증함');
	for (const s of secrets) await expect(body).not.toContainText(s);
	await m.screenshot({ path: testInfo.outputPath('manager-print.png'), fullPage: true });
	await m.emulateMedia({ media: 'screen' });

	// Nor does the phone keep them anywhere.
	const kept = await storedEvaluations(m);
	expect(kept).toContain(id);
	for (const s of secrets) expect(kept).not.toContain(s);
});
