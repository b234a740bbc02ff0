import { expect, test } from '@playwright/test';
import { apiCampaign, apiMember, apiOrganisation } from './api-fixtures';
import { addScenario, planTwelve } from './programme-helpers';
import { goOffline, waitForServiceWorker } from './offline-helpers';
import { signInWithPassword, syncNow } from './team-helpers';

test.use({ actionTimeout: 15_000 });

test('a coordinator writes scenarios, makes a plan of 12 contacts, reads its grid and assigns two shoppers; offline the cached plan shows and writes wait for a connection', async ({
	page,
	context
}, testInfo) => {
	test.setTimeout(180_000);
	const suffix = `${testInfo.project.name}-${crypto.randomUUID().slice(0, 8)}`;
	const center = `계획 고객센터 ${suffix}`;

	// The campaign and its people, set up through the API (tests/programme.spec.ts walks this
	// by touch); the coordinator signs in on the phone and receives the campaign.
	const owner = await apiOrganisation(testInfo, `품질원 ${suffix}`, '박조정', `park-${suffix}`);
	const campaignId = await apiCampaign(owner, center);
	await apiMember(owner, campaignId, 'shopper', '김평가', `kim-${suffix}`);
	await apiMember(owner, campaignId, 'shopper', '이평가', `lee-${suffix}`);
	await apiMember(owner, campaignId, 'manager', '최센터', `choi-${suffix}`);
	await signInWithPassword(page, owner.loginName);
	await syncNow(page);

	await page.goto(`/campaigns/${campaignId}`);
	await page.getByRole('link', { name: '시나리오·표본 계획·배정' }).tap();
	await expect(page.getByRole('heading', { level: 1, name: '운영 계획' })).toBeVisible();
	await expect(page.getByText('시나리오가 없습니다.')).toBeVisible();

	await addScenario(page, '카드 분실 신고', /^S01-1 /);
	await addScenario(page, '주소 변경', /^S02-1 /);

	// 3 weekdays × 2 slots × 2 scenarios × 1 channel = 12 cells, 12 contacts over 8 weeks.
	const { plan } = await planTwelve(page);

	const section = page.getByRole('region', { name: '표본 계획' });
	const grid = section.getByRole('table');
	await expect(grid).toBeVisible();
	await expect(section).toContainText('전체 0/12 완료');
	await expect(grid.getByRole('row')).toHaveCount(1 + 6);
	await expect(grid.getByRole('columnheader', { name: '카드 분실 신고' })).toBeVisible();
	await expect(
		grid.getByRole('img', { name: /^월 오전 카드 분실 신고: 계획 1, 완료 0$/ })
	).toBeVisible();

	// More cells than contacts: a clear message, and the stored plan stays as it was.
	await plan.getByLabel('총 점검 횟수').fill('5');
	await plan.getByRole('button', { name: '계획 저장' }).tap();
	await expect(section.getByRole('alert')).toHaveText(/칸이 12개인데 점검 횟수는 5회뿐입니다/);
	await page.reload();
	await expect(
		page.getByRole('form', { name: '표본 계획' }).getByLabel('총 점검 횟수')
	).toHaveValue('12');
	await expect(page.getByRole('region', { name: '표본 계획' })).toContainText('전체 0/12 완료');

	// Assignments for both shoppers from the plan's open cells.
	const assign = page.getByRole('region', { name: '배정' });
	await assign.getByRole('checkbox', { name: '김평가' }).check();
	await assign.getByRole('checkbox', { name: '이평가' }).check();
	await assign.getByRole('button', { name: '배정 만들기' }).tap();
	await expect(assign.getByRole('status')).toHaveText(/배정 12건을 만들었습니다/);
	const list = assign.getByRole('list', { name: '배정 목록' });
	await expect(list.getByRole('listitem')).toHaveCount(12);
	await expect(list.getByRole('listitem').filter({ hasText: '김평가' })).toHaveCount(6);
	await expect(list.getByRole('listitem').filter({ hasText: '이평가' })).toHaveCount(6);
	await expect(list.getByRole('listitem').first()).toContainText('대기');

	// Only the campaign's shoppers are offered as assignees: the center manager is not (the server
	// refuses one in words too, with nothing added: src/lib/server/programme/planning.test.ts).
	const person = assign.getByLabel('배정할 사람');
	await expect(person.locator('option', { hasText: '최센터' })).toHaveCount(0);
	await expect(person.locator('option', { hasText: '김평가' })).toHaveCount(1);
	await expect(person.locator('option', { hasText: '이평가' })).toHaveCount(1);
	await expect(list.getByRole('listitem')).toHaveCount(12);

	// Cancelling one: its status reads 취소.
	page.once('dialog', (d) => void d.accept());
	await list
		.getByRole('button', { name: /배정 취소$/ })
		.first()
		.tap();
	await expect(list.getByRole('listitem').filter({ hasText: '취소' }).first()).toBeVisible();

	await page.setViewportSize({ width: 360, height: 780 });
	await page.screenshot({ path: testInfo.outputPath('programme-360.png'), fullPage: true });
	await section.getByRole('table').screenshot({ path: testInfo.outputPath('grid-360.png') });
	await assign.getByRole('list', { name: '배정 목록' }).screenshot({
		path: testInfo.outputPath('assignments-360.png')
	});
	await page.getByRole('region', { name: '시나리오' }).screenshot({
		path: testInfo.outputPath('scenarios-360.png')
	});

	// Offline: the cached plan, grid and assignments stay readable; writes say they need a connection.
	await waitForServiceWorker(page);
	await goOffline(context);
	await page.reload();
	await expect(
		page.getByText('오프라인입니다. 마지막으로 받은 계획을 보여 줍니다.', { exact: false })
	).toBeVisible();
	const cached = page.getByRole('region', { name: '표본 계획' });
	await expect(cached.getByRole('table')).toBeVisible();
	await expect(cached).toContainText('전체 0/12 완료');
	await expect(
		page.getByRole('button', { name: '새 시나리오 · 연결이 필요합니다' })
	).toBeDisabled();
	await expect(
		page.getByRole('form', { name: '표본 계획' }).getByRole('button', { name: '연결이 필요합니다' })
	).toBeDisabled();
	await expect(
		page
			.getByRole('region', { name: '배정' })
			.getByRole('list', { name: '배정 목록' })
			.getByRole('listitem')
	).toHaveCount(12);
	await page.screenshot({ path: testInfo.outputPath('programme-offline-360.png') });
});
