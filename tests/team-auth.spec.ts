import { expect, test, type Page } from '@playwright/test';
import { createCampaign } from './fixtures';
import { SETUP_TOKEN, virtualAuthenticator } from './team-helpers';

const unique = () => Math.random().toString(36).slice(2, 8);

/** Makes a new organisation through /join#setup; the page ends on the sign-in methods. */
async function setUpOrganisation(page: Page, person: string) {
	const orgName = `품질원 ${unique()}`;
	await page.goto('/join#setup');
	await expect(page.getByRole('heading', { level: 1, name: '새 기관 만들기' })).toBeVisible();
	await page.getByLabel('설정 토큰').fill(SETUP_TOKEN);
	await page.getByLabel('기관 이름').fill(orgName);
	await page.getByLabel('이름', { exact: true }).fill(person);
	await page.getByRole('button', { name: '기관 만들기' }).tap();
	await expect(page.getByText(`${person} 님, 팀에 참여했습니다.`)).toBeVisible();
	return orgName;
}

test('an owner sets up an organisation, registers a passkey, signs out and back in with it', async ({
	page
}) => {
	await virtualAuthenticator(page);
	const orgName = await setUpOrganisation(page, '김대표');
	await page.getByRole('button', { name: '패스키 등록' }).tap();
	await expect(page.getByText('패스키를 등록했습니다.')).toBeVisible();

	await page.goto('/settings');
	const section = page.getByRole('region', { name: '팀 서버' });
	await expect(section.getByText('김대표 님으로 연결됨')).toBeVisible();
	await expect(section.getByText(`${orgName} · 기관 관리자`)).toBeVisible();
	await expect(section.getByText('로그아웃해도 이 기기의 기록은 지워지지 않고')).toBeVisible();
	await section.getByRole('button', { name: '로그아웃' }).tap();
	await expect(section.getByText('지금은 혼자 쓰는 모드입니다.')).toBeVisible();
	// The server forgot the session too.
	expect((await page.request.get('/api/v1/session')).status()).toBe(401);

	await section.getByRole('link', { name: '팀 서버에 로그인' }).tap();
	await expect(page.getByRole('heading', { level: 1, name: '로그인' })).toBeVisible();
	await page.getByRole('button', { name: '패스키로 로그인' }).tap();
	await expect(page.getByText('김대표 님으로 로그인했습니다.')).toBeVisible();
	const session = await page.request.get('/api/v1/session');
	expect(session.status()).toBe(200);
	const info = (await session.json()) as { member: { displayName: string }; signIn: object };
	expect(info.member.displayName).toBe('김대표');
	expect(info.signIn).toEqual({ passkeys: 1, password: false });
});

test('an invite is accepted in another browser with a password; used and expired invites are refused', async ({
	page,
	browser
}, testInfo) => {
	const orgName = await setUpOrganisation(page, '박코디');
	const center = `가나 고객센터 ${unique()}`;
	await createCampaign(page, { name: center });
	await page.getByRole('link', { name: new RegExp(center) }).tap();
	const panel = page.getByRole('region', { name: '팀', exact: true });
	await expect(panel.getByText('이 캠페인은 아직 팀 서버에 없습니다.')).toBeVisible();
	await panel.getByRole('button', { name: '팀 서버에 올리기' }).tap();
	await expect(panel.getByText('팀 서버에 올렸습니다.')).toBeVisible();

	await panel.getByLabel('역할').selectOption({ label: '상담 평가원' });
	await panel.getByLabel('이름 (선택)').fill('이평가');
	await panel.getByRole('button', { name: '초대 링크 만들기' }).tap();
	const field = panel.getByLabel('초대 링크');
	await expect(field).toHaveValue(/\/join#[\w-]{40,}$/);
	const url = await field.inputValue();

	// A second person, on their own phone.
	const other = await browser.newContext({ ...testInfo.project.use });
	const phone = await other.newPage();
	await phone.goto(url);
	// The organisation's name is not followed by the word 기관 (it may end in it: "새 기관").
	await expect(
		phone.getByText(`${orgName}의 ${center} 캠페인에 상담 평가원으로 초대되었습니다.`, {
			exact: true
		})
	).toBeVisible();
	await expect(phone.getByLabel('이름', { exact: true })).toHaveValue('이평가');
	await phone.getByRole('button', { name: '초대 수락' }).tap();
	await expect(phone.getByText('이평가 님, 팀에 참여했습니다.')).toBeVisible();
	await phone.getByRole('button', { name: '비밀번호 설정' }).tap();
	const loginName = `lee.${unique()}`;
	await phone.getByLabel('로그인 이름', { exact: true }).fill(loginName);
	await phone.getByLabel('비밀번호', { exact: true }).fill('long enough password');
	await phone.getByRole('button', { name: '비밀번호 저장' }).tap();
	await expect(phone.getByText(`비밀번호를 저장했습니다. 로그인 이름: ${loginName}`)).toBeVisible();

	// Signed out, they sign in again with the password.
	await phone.goto('/settings');
	await phone.getByRole('button', { name: '로그아웃' }).tap();
	await phone.goto('/signin');
	await phone.getByLabel('로그인 이름', { exact: true }).fill(loginName);
	await phone.getByLabel('비밀번호', { exact: true }).fill('wrong password!');
	await phone.getByRole('button', { name: '비밀번호로 로그인' }).tap();
	await expect(phone.getByText('로그인 이름 또는 비밀번호가 틀렸습니다.')).toBeVisible();
	await phone.getByLabel('비밀번호', { exact: true }).fill('long enough password');
	await phone.getByRole('button', { name: '비밀번호로 로그인' }).tap();
	await expect(phone.getByText('이평가 님으로 로그인했습니다.')).toBeVisible();
	await phone.goto('/settings');
	// (The campaign's name once the phone or the server's campaign list has it.)
	await expect(phone.getByRole('listitem').filter({ hasText: /: 상담 평가원$/ })).toBeVisible();

	// The coordinator sees the new member.
	await page.reload();
	await expect(panel.getByText('이평가')).toBeVisible();

	// The same link a second time: used up.
	const third = await browser.newContext({ ...testInfo.project.use });
	const late = await third.newPage();
	await late.goto(url);
	await expect(late.getByRole('alert')).toHaveText(
		'이미 사용된 초대입니다. 초대한 사람에게 새 링크를 요청하세요.'
	);
	// An expired invite (as the server answers it after seven days).
	await late.route('**/api/v1/invites/expired-token-for-test', (route) =>
		route.fulfill({
			status: 410,
			contentType: 'application/json',
			body: JSON.stringify({ error: 'invite-expired', message: 'This invite has expired.' })
		})
	);
	await late.goto('/join#expired-token-for-test');
	await expect(late.getByRole('alert')).toHaveText(
		'초대가 만료되었습니다. 초대한 사람에게 새 링크를 요청하세요.'
	);
	// A token nobody issued.
	await late.goto('/join#not-an-invite');
	await expect(late.getByRole('alert')).toHaveText(
		'알 수 없는 초대입니다. 링크를 끝까지 정확히 열었는지 확인하세요.'
	);
	await other.close();
	await third.close();
});
