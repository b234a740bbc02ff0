import {
	expect,
	type Browser,
	type BrowserContext,
	type Page,
	type TestInfo
} from '@playwright/test';

/** The server's setup token in the end-to-end runs (playwright.config.ts; a test value). */
export const SETUP_TOKEN = 'e2e-setup-token';

/** A new phone: its own browser context with the project's device settings. */
export async function newPhone(
	browser: Browser,
	testInfo: TestInfo
): Promise<{ context: BrowserContext; page: Page }> {
	const context = await browser.newContext({ ...testInfo.project.use });
	const page = await context.newPage();
	return { context, page };
}

/** A platform authenticator that answers at once, as a phone's fingerprint reader would. */
export async function virtualAuthenticator(page: Page): Promise<void> {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('WebAuthn.enable');
	await cdp.send('WebAuthn.addVirtualAuthenticator', {
		options: {
			protocol: 'ctap2',
			transport: 'internal',
			hasResidentKey: true,
			hasUserVerification: true,
			isUserVerified: true,
			automaticPresenceSimulation: true
		}
	});
}

/** Makes a new organisation with the setup token; the person becomes its owner, with a passkey. */
export async function setUpOrganisation(page: Page, orgName: string, name: string) {
	await virtualAuthenticator(page);
	await page.goto('/join#setup');
	await page.getByLabel('설정 토큰').fill(SETUP_TOKEN);
	await page.getByLabel('기관 이름').fill(orgName);
	await page.getByLabel('이름', { exact: true }).fill(name);
	await page.getByRole('button', { name: '기관 만들기' }).tap();
	await page.getByRole('button', { name: '패스키 등록' }).tap();
	await expect(page.getByText('패스키를 등록했습니다.')).toBeVisible();
}

/** Creates an invite link for a role from the campaign's team panel. */
export async function invite(
	page: Page,
	campaignId: string,
	role: string,
	name: string
): Promise<string> {
	await page.goto(`/campaigns/${campaignId}`);
	await page.getByLabel('역할', { exact: true }).selectOption({ label: role });
	await page.getByLabel('이름 (선택)').fill(name);
	await page.getByRole('button', { name: '초대 링크 만들기' }).tap();
	const link = page.getByLabel('초대 링크');
	await expect(link).toHaveValue(/\/join#/);
	return link.inputValue();
}

/** Accepts an invite link and sets a password (the fallback for a browser without passkeys). */
export async function acceptWithPassword(
	page: Page,
	link: string,
	name: string,
	loginName: string
) {
	await page.goto(link);
	await expect(page.getByText(/초대되었습니다/)).toBeVisible();
	await page.getByLabel('이름', { exact: true }).fill(name);
	await page.getByRole('button', { name: '초대 수락' }).tap();
	await expect(page.getByText(`${name} 님, 팀에 참여했습니다.`)).toBeVisible();
	await page.getByRole('button', { name: '비밀번호 설정' }).tap();
	await page.getByLabel('로그인 이름').fill(loginName);
	await page.getByLabel('비밀번호', { exact: true }).fill('correct horse battery');
	await page.getByRole('button', { name: '비밀번호 저장' }).tap();
	await expect(page.getByText(/비밀번호를 저장했습니다/)).toBeVisible();
}

/** Accepts an invite link and registers a passkey. */
export async function acceptWithPasskey(page: Page, link: string, name: string) {
	await virtualAuthenticator(page);
	await page.goto(link);
	await expect(page.getByText(/초대되었습니다/)).toBeVisible();
	await page.getByLabel('이름', { exact: true }).fill(name);
	await page.getByRole('button', { name: '초대 수락' }).tap();
	await expect(page.getByText(`${name} 님, 팀에 참여했습니다.`)).toBeVisible();
	await page.getByRole('button', { name: '패스키 등록' }).tap();
	await expect(page.getByText('패스키를 등록했습니다.')).toBeVisible();
}

/** Syncs from the home screen and waits until nothing is waiting and the run has ended. */
export async function syncNow(page: Page) {
	if (new URL(page.url()).pathname !== '/') await page.goto('/');
	const status = page.getByRole('region', { name: '팀 서버 동기화' });
	await expect(status).toBeVisible();
	await status.getByRole('button', { name: '지금 동기화' }).tap();
	await expect(status.getByRole('button', { name: '지금 동기화' })).toBeEnabled({
		timeout: 20_000
	});
	await expect(status).toContainText('마지막 동기화');
	return status;
}

/** Signs in on the sign-in page with a login name and password. */
export async function signInWithPassword(page: Page, loginName: string) {
	await page.goto('/signin');
	await page.getByLabel('로그인 이름').fill(loginName);
	await page.getByLabel('비밀번호', { exact: true }).fill('correct horse battery');
	await page.getByRole('button', { name: '비밀번호로 로그인' }).tap();
	await expect(page.getByText(/님으로 로그인했습니다/)).toBeVisible();
}
