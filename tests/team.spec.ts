import { expect, test } from '@playwright/test';
import { completeEvaluation, createCampaign, startEvaluation } from './fixtures';
import {
	acceptWithPasskey,
	acceptWithPassword,
	invite,
	newPhone,
	setUpOrganisation,
	syncNow
} from './team-helpers';

test('two shopper phones and an auditor: invites, a passkey, offline evaluations synced, the dashboard counts both, a conflict shown, a manager sees only released results', async ({
	page,
	browser
}, testInfo) => {
	test.setTimeout(180_000);
	const suffix = testInfo.project.name;
	const center = `팀 고객센터 ${suffix}`;

	// The auditor (coordinator) sets up the organisation and puts a campaign on the server.
	await setUpOrganisation(page, `품질원 ${suffix}`, '박감사');
	await createCampaign(page, { name: center });
	await page.getByRole('link', { name: new RegExp(center) }).tap();
	const campaignId = page.url().split('/').at(-1)!;
	await page.getByRole('button', { name: '팀 서버에 올리기' }).tap();
	await expect(page.getByText('팀 서버에 올렸습니다.')).toBeVisible();
	await page.screenshot({ path: `/tmp/shots/team-coordinator-${suffix}.png`, fullPage: true });

	const kimLink = await invite(page, campaignId, '상담 평가원', '김평가');
	const leeLink = await invite(page, campaignId, '상담 평가원', '이평가');
	const managerLink = await invite(page, campaignId, '센터 관리자', '최센터');

	// Two shopper phones join: one with a passkey, one with the password fallback.
	const kim = await newPhone(browser, testInfo);
	await acceptWithPasskey(kim.page, kimLink, '김평가');
	const lee = await newPhone(browser, testInfo);
	await acceptWithPassword(lee.page, leeLink, '이평가', `lee-${suffix}`);
	for (const phone of [kim, lee]) {
		await syncNow(phone.page);
		await phone.page.goto('/campaigns');
		await expect(phone.page.getByRole('link', { name: new RegExp(center) })).toBeVisible();
	}
	await kim.page.screenshot({ path: `/tmp/shots/team-kim-home-${suffix}.png`, fullPage: true });
});
