import { expect, test, type Page } from '@playwright/test';
import { completeEvaluation, startEvaluation } from './fixtures';
import { waitForServiceWorker } from './offline-helpers';
import { campaignOnServer } from './programme-helpers';
import {
	acceptWithPasskey,
	acceptWithPassword,
	invite,
	newPhone,
	setUpOrganisation,
	signInWithPassword,
	syncNow
} from './team-helpers';

const figure = (page: Page, name: string) =>
	page
		.getByRole('listitem')
		.filter({ has: page.getByRole('heading', { level: 3, name, exact: true }) });

test('two shopper phones and an auditor: invites, a passkey, offline evaluations synced, the dashboard counts both, a conflict shown, a manager sees only released results', async ({
	page,
	browser
}, testInfo) => {
	test.setTimeout(180_000);
	// Login names are unique on the server, whose data folder outlives a run: one per run.
	const suffix = `${testInfo.project.name}-${crypto.randomUUID().slice(0, 8)}`;
	const center = `팀 고객센터 ${suffix}`;

	// The auditor (coordinator) sets up the organisation and puts a campaign on the server.
	await setUpOrganisation(page, `품질원 ${suffix}`, '박감사');
	const campaignId = await campaignOnServer(page, center);
	await page.screenshot({ path: testInfo.outputPath('coordinator.png'), fullPage: true });

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

	// Each phone makes an evaluation offline; it waits in the outbox until the phone is online.
	const made: string[] = [];
	for (const [phone, name] of [
		[kim, '김평가'],
		[lee, '이평가']
	] as const) {
		await waitForServiceWorker(phone.page);
		await phone.context.setOffline(true);
		await startEvaluation(phone.page, { evaluator: name });
		made.push(await completeEvaluation(phone.page));
		await phone.page.goto('/');
		await expect(phone.page.getByRole('region', { name: '팀 서버 동기화' })).toContainText(
			'동기화 대기 1건'
		);
	}
	await kim.page.screenshot({ path: testInfo.outputPath('kim-offline.png'), fullPage: true });
	for (const phone of [kim, lee]) {
		await phone.context.setOffline(false);
		const status = await syncNow(phone.page);
		await expect(status).not.toContainText('동기화 대기');
	}

	// The auditor's dashboard reads both shoppers' evaluations from the server.
	await syncNow(page);
	await page.goto(`/reports/campaigns/${campaignId}`);
	await expect(figure(page, '평가')).toContainText('확정 2');
	// …and the server's own SQL figures over every shopper agree.
	await expect(page.getByTestId('server-figures')).toContainText('2건 (확정 2');
	await expect(page.getByTestId('server-figures')).toContainText('100.0점 (n=2)');
	await page.screenshot({ path: testInfo.outputPath('dashboard.png'), fullPage: true });

	// A conflicting edit: 이평가 edits one draft on two devices while both are offline; the
	// second device to sync is told, and the conflict is shown there, nothing overwritten.
	await startEvaluation(lee.page, { evaluator: '이평가', scenario: '주소 변경' });
	const draftUrl = new URL(lee.page.url()).pathname;
	const draftId = draftUrl.split('/').at(-2)!;
	await syncNow(lee.page);
	const tablet = await newPhone(browser, testInfo);
	await signInWithPassword(tablet.page, `lee-${suffix}`);
	await syncNow(tablet.page);
	await tablet.page.goto(draftUrl);
	await waitForServiceWorker(tablet.page);
	for (const [device, value] of [
		[lee, '미충족'],
		[tablet, '부분']
	] as const) {
		await device.context.setOffline(true);
		await device.page.goto(draftUrl);
		const first = device.page.locator('fieldset[id^="check-"]').first();
		const button = first.getByRole('button', { name: value, exact: true });
		await button.tap();
		await expect(button).toHaveAttribute('aria-pressed', 'true');
	}
	for (const device of [lee, tablet]) {
		await device.context.setOffline(false);
		await syncNow(device.page);
	}
	const tabletStatus = tablet.page.getByRole('region', { name: '팀 서버 동기화' });
	await expect(tabletStatus.getByRole('link', { name: /충돌 1건/ })).toBeVisible();
	await tabletStatus.getByRole('link', { name: /충돌 1건/ }).tap();
	await expect(tablet.page.getByTestId('conflict')).toBeVisible();
	await tablet.page.screenshot({ path: testInfo.outputPath('conflict.png'), fullPage: true });
	expect(draftId).toMatch(/^[0-9a-f-]{36}$/);

	// The center manager sees nothing until the auditor releases one result, then only that one.
	const manager = await newPhone(browser, testInfo);
	await acceptWithPassword(manager.page, managerLink, '최센터', `choi-${suffix}`);
	await syncNow(manager.page);
	await manager.page.goto(`/reports/evaluations/${made[0]!}`);
	await expect(manager.page.getByText('평가를 찾을 수 없습니다')).toBeVisible();

	await page.goto(`/reports/evaluations/${made[0]!}`);
	// Only an approved evaluation is released: approve, then release now.
	await page.getByRole('button', { name: '승인', exact: true }).tap();
	await expect(page.getByTestId('review-state')).toHaveText('승인됨');
	await page.getByRole('button', { name: '지금 공개' }).tap();
	await expect(page.getByText(/센터 관리자에게 공개됨/)).toBeVisible();

	await syncNow(manager.page);
	await manager.page.goto(`/reports/evaluations/${made[0]!}`);
	await expect(manager.page.locator('.scorecard')).toBeVisible();
	await expect(manager.page.locator('.scorecard')).toContainText('100.0');
	await manager.page.goto(`/reports/evaluations/${made[1]!}`);
	await expect(manager.page.getByText('평가를 찾을 수 없습니다')).toBeVisible();
	await manager.page.screenshot({ path: testInfo.outputPath('manager.png'), fullPage: true });
});
