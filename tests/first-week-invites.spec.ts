import { expect, test, type Browser, type Page, type TestInfo } from '@playwright/test';
import { campaignOnServer } from './programme-helpers';
import { acceptWithPassword, invite, newPhone, setUpOrganisation } from './team-helpers';

// A team's first week at the width of a small phone.
test.use({ viewport: { width: 360, height: 740 } });

const unique = () => crypto.randomUUID().slice(0, 8);

/** Opens a link in a fresh browser (nobody signed in) and returns the page. */
async function elsewhere(browser: Browser, testInfo: TestInfo, link: string): Promise<Page> {
	const { page } = await newPhone(browser, testInfo);
	await page.goto(link);
	return page;
}

/** Accepts an invite in a fresh browser without setting a way to sign in again. */
async function join(browser: Browser, testInfo: TestInfo, link: string, name: string) {
	const page = await elsewhere(browser, testInfo, link);
	await page.getByLabel('이름', { exact: true }).fill(name);
	await page.getByRole('button', { name: '초대 수락' }).tap();
	await expect(page.getByText(`${name} 님, 팀에 참여했습니다.`)).toBeVisible();
	return page;
}

test('pending invites: listed with whom and until when, copied in the tab that made them, renewed elsewhere, revoked at once', async ({
	page,
	browser
}, testInfo) => {
	test.setTimeout(120_000);
	await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
	await setUpOrganisation(page, `품질원 ${unique()}`, '박코디');
	const campaignId = await campaignOnServer(page, `첫 주 고객센터 ${unique()}`);
	const kimLink = await invite(page, campaignId, '상담 평가원', '김평가');
	const choiLink = await invite(page, campaignId, '센터 관리자', '최센터');

	const pending = page.getByRole('region', { name: '대기 중인 초대' });
	const kim = pending.getByRole('listitem').filter({ hasText: '김평가 · 상담 평가원' });
	await expect(kim).toContainText('만든 때:');
	await expect(kim).toContainText('(박코디 님)');
	await expect(kim).toContainText('만료:');
	await expect(pending.getByRole('listitem')).toHaveCount(2);
	await page
		.getByRole('region', { name: '팀', exact: true })
		.screenshot({ path: testInfo.outputPath('invites-360.png') });

	// In the tab that made it, the link is there to copy again, after a reload too.
	await page.reload();
	await kim.getByRole('button', { name: '김평가 · 상담 평가원: 링크 복사' }).tap();
	await expect(page.getByText('링크를 복사했습니다.', { exact: true })).toBeVisible();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(kimLink);

	// Another tab (or device) of the same coordinator cannot show that link: it offers a new
	// one, and the old link stops working at once.
	const tab = await page.context().newPage();
	await tab.goto(`/campaigns/${campaignId}`);
	const kimThere = tab
		.getByRole('region', { name: '대기 중인 초대' })
		.getByRole('listitem')
		.filter({ hasText: '김평가 · 상담 평가원' });
	await expect(kimThere.getByRole('button', { name: /링크 복사/ })).toHaveCount(0);
	await kimThere.getByRole('button', { name: '김평가 · 상담 평가원: 새 링크' }).tap();
	await expect(tab.getByText('새 링크를 만들었습니다.', { exact: false })).toBeVisible();
	const renewed = await tab.getByLabel('초대 링크').inputValue();
	expect(renewed).toMatch(/\/join#[\w-]{40,}$/);
	expect(renewed).not.toBe(kimLink);
	const old = await elsewhere(browser, testInfo, kimLink);
	await expect(old.getByRole('alert')).toHaveText(
		'취소된 초대입니다. 초대한 사람에게 새 링크를 요청하세요.'
	);
	const fresh = await elsewhere(browser, testInfo, renewed);
	await expect(fresh.getByText(/상담 평가원으로 초대되었습니다/)).toBeVisible();
	await expect(fresh.getByLabel('이름', { exact: true })).toHaveValue('김평가');

	// 취소: asked once, then the invite leaves the list and its link says it was revoked.
	tab.once('dialog', (dialog) => void dialog.accept());
	await tab.getByRole('button', { name: '최센터 · 센터 관리자: 초대 취소' }).tap();
	await expect(tab.getByText('초대를 취소했습니다.', { exact: true })).toBeVisible();
	const listed = tab.getByRole('region', { name: '대기 중인 초대' }).getByRole('listitem');
	await expect(listed).toHaveCount(1);
	await expect(listed).toContainText('김평가');
	const revoked = await elsewhere(browser, testInfo, choiLink);
	await expect(revoked.getByRole('alert')).toHaveText(
		'취소된 초대입니다. 초대한 사람에게 새 링크를 요청하세요.'
	);
	await tab
		.getByRole('region', { name: '팀', exact: true })
		.screenshot({ path: testInfo.outputPath('invites-renewed-360.png') });
});

test('a used invite reopened: its own account is told it joined, the browser that joined is sent to sign in, anyone else is told it was used', async ({
	page,
	browser
}, testInfo) => {
	test.setTimeout(120_000);
	await setUpOrganisation(page, `품질원 ${unique()}`, '박코디');
	const campaignId = await campaignOnServer(page, `재방문 고객센터 ${unique()}`);
	const link = await invite(page, campaignId, '상담 평가원', '정평가');

	const { page: phone } = await newPhone(browser, testInfo);
	await acceptWithPassword(phone, link, '정평가', `jung-${unique()}`);

	// Signed in as the account that used it: already joined, on to the campaign.
	await phone.goto('/');
	await phone.goto(link);
	await expect(phone.getByText('이미 이 초대로 참여했습니다.', { exact: true })).toBeVisible();
	await expect(phone.getByRole('link', { name: '캠페인 열기' })).toHaveAttribute(
		'href',
		`/campaigns/${campaignId}`
	);
	await phone.screenshot({ path: testInfo.outputPath('already-joined-360.png'), fullPage: true });

	// Signed out, the same browser: already joined, sign in.
	await phone.goto('/settings');
	await phone.getByRole('button', { name: '로그아웃' }).tap();
	await expect(phone.getByText('지금은 혼자 쓰는 모드입니다.')).toBeVisible();
	await phone.goto(link);
	await expect(
		phone.getByText('이미 이 초대로 참여했습니다. 로그인해서 이어 가세요.', { exact: true })
	).toBeVisible();
	await phone.getByRole('link', { name: '로그인', exact: true }).tap();
	await expect(phone.getByRole('heading', { level: 1, name: '로그인' })).toBeVisible();

	// Anyone else: used.
	const other = await elsewhere(browser, testInfo, link);
	await expect(other.getByRole('alert')).toHaveText(
		'이미 사용된 초대입니다. 초대한 사람에게 새 링크를 요청하세요.'
	);
});

test('only shoppers are offered for an assignment made by hand', async ({
	page,
	browser
}, testInfo) => {
	test.setTimeout(120_000);
	await setUpOrganisation(page, `품질원 ${unique()}`, '박코디');
	const campaignId = await campaignOnServer(page, `배정 고객센터 ${unique()}`);
	const shopperLink = await invite(page, campaignId, '상담 평가원', '한평가');
	const managerLink = await invite(page, campaignId, '센터 관리자', '윤센터');
	await join(browser, testInfo, shopperLink, '한평가');
	await join(browser, testInfo, managerLink, '윤센터');

	await page.goto(`/campaigns/${campaignId}/programme`);
	const person = page.getByLabel('배정할 사람');
	await expect(person.locator('option', { hasText: '한평가' })).toHaveCount(1);
	const offered = await person.locator('option').allTextContents();
	expect(offered.map((o) => o.trim()).filter(Boolean)).toEqual(['한평가']);
});
