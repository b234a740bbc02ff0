import { expect, test } from '@playwright/test';
import { addScenario, campaignOnServer } from './programme-helpers';
import { acceptWithPassword, invite, newPhone, setUpOrganisation } from './team-helpers';

test.use({ actionTimeout: 15_000 });

test('a programme’s first week: Seoul dates proposed at 01:30, wave 1 only in its dates and off the 3/2 holiday, shoppers balanced, margins shown, the grid inside 360 px', async ({
	page,
	browser
}, testInfo) => {
	test.setTimeout(180_000);
	// 2026-03-02T16:30Z is 03-03 01:30 in Seoul: the UTC day is still 03-02.
	await page.clock.install({ time: new Date('2026-03-02T16:30:00Z') });
	const suffix = `${testInfo.project.name}-${crypto.randomUUID().slice(0, 8)}`;

	await setUpOrganisation(page, `첫주 품질원 ${suffix}`, '박조정');
	const campaignId = await campaignOnServer(page, `첫주 고객센터 ${suffix}`);
	for (const [name, login] of [
		['김평가', 'kim'],
		['이평가', 'lee']
	] as const) {
		const link = await invite(page, campaignId, '상담 평가원', name);
		const phone = await newPhone(browser, testInfo);
		await acceptWithPassword(phone.page, link, name, `${login}-${suffix}`);
		await phone.context.close();
	}

	await page.goto(`/campaigns/${campaignId}/programme`);
	await addScenario(page, '카드 분실 신고', /^S01-1 /);
	await addScenario(page, '주소 변경', /^S02-1 /);

	// A new plan proposes today in Seoul and four weeks on, never the UTC day nor start = end.
	const plan = page.getByRole('form', { name: '표본 계획' });
	await expect(plan.getByLabel('기간 시작')).toHaveValue('2026-03-03');
	await expect(plan.getByLabel('기간 끝')).toHaveValue('2026-03-30');

	// 24 contacts (Mon/Wed/Fri × morning/afternoon × 2 scenarios × phone/e-mail) in two waves
	// of four weeks; four columns make the grid wider than a 360 px phone.
	await plan.getByLabel('총 점검 횟수').fill('24');
	await plan.getByLabel('기간 시작').fill('2026-03-02');
	await plan.getByLabel('기간 끝').fill('2026-04-26');
	for (const day of ['화', '목']) await plan.getByLabel(day, { exact: true }).uncheck();
	await plan.getByLabel('점심', { exact: true }).uncheck();
	await plan.getByLabel('이메일', { exact: true }).check();
	await plan.getByLabel('평가원 1인당 최대 점검 수').fill('10');
	await plan.getByLabel('같은 평가원의 점검 사이 최소 간격(일)').fill('0');
	const waves = [
		['1차', '2026-03-02', '2026-03-29'],
		['2차', '2026-03-30', '2026-04-26']
	] as const;
	for (const [i, [name, from, to]] of waves.entries()) {
		await plan.getByRole('button', { name: '차수 추가' }).tap();
		await plan.locator(`#wv-name-${i}`).fill(name);
		await plan.locator(`#wv-${i}-from`).fill(from);
		await plan.locator(`#wv-${i}-to`).fill(to);
	}
	await expect(plan).toContainText(
		'기간 안의 공휴일에는 배정하지 않습니다: 2026-03-02 대체공휴일(삼일절)'
	);
	// Wilson, p = 0.5: n = 24 → ±18.6 points, n = 12 per slot → ±24.6; ±10 points needs 93.
	const section = page.getByRole('region', { name: '표본 계획' });
	const precision = section.getByRole('group', { name: '이 계획의 정밀도' });
	await expect(precision).toContainText('센터 합격률 ±18.6%p (전체 24회, 95% 신뢰)');
	await expect(precision).toContainText('오전 ±24.6%p (12회)');
	await expect(precision.getByRole('status')).toHaveText(
		'±10%p가 되려면 센터당 93회가 필요합니다.'
	);
	await precision.getByLabel('원하는 오차 (±%p)').fill('5');
	await expect(precision.getByRole('status')).toHaveText(/±5%p가 되려면 센터당 381회가/);
	await plan.getByRole('button', { name: '계획 저장' }).tap();
	await expect(page.getByText('표본 계획을 저장했습니다.')).toBeVisible();

	// Wave 1 is proposed (the first not over on 03-03); only its share is made: 3 of its 4
	// Mondays are working days (03-02 is a holiday), wave 2 has 4, so a Monday cell's contacts
	// fall 3/7 in wave 1: 8 × 3/7 + 16 × 1/2 = 11.43 → 11 (wave 2: 12.57 → 13).
	const assign = page.getByRole('region', { name: '배정' });
	await expect(assign.getByLabel('차수')).toHaveValue('0');
	await assign.getByRole('checkbox', { name: '김평가' }).check();
	await assign.getByRole('checkbox', { name: '이평가' }).check();
	await assign.getByLabel('시작일(비우면 오늘부터)').fill('2026-03-02');
	await assign.getByRole('button', { name: '배정 만들기' }).tap();
	await expect(assign.getByRole('status')).toHaveText('배정 11건을 만들었습니다.');
	await expect(assign).toContainText('배정 기간: 2026-03-02 ~ 2026-03-29');
	await expect(assign).toContainText('건너뛴 공휴일: 2026-03-02 대체공휴일(삼일절)');
	const items = assign.getByRole('list', { name: '배정 목록' }).getByRole('listitem');
	await expect(items).toHaveCount(11);
	for (const text of await items.allInnerTexts()) {
		const date = /\d{4}-\d{2}-\d{2}/.exec(text)?.[0] ?? '';
		expect(date >= '2026-03-03' && date <= '2026-03-29', text).toBe(true);
	}

	// The spread per shopper: 6 and 5, mornings and afternoons alike.
	const spread = assign.getByRole('table', { name: '평가원별 배정 분포' });
	const totals = [];
	for (const name of ['김평가', '이평가']) {
		const row = spread.getByRole('row', { name: new RegExp(name) });
		totals.push(Number(await row.getByRole('cell').first().innerText()));
	}
	expect(totals.sort()).toEqual([5, 6]);
	await expect(assign).toContainText(/최대−최소 차이: 합계 1, 시간대 [01],/);

	// On a 360 px phone the page never scrolls sideways; the grid scrolls inside its own box.
	await page.setViewportSize({ width: 360, height: 780 });
	const grid = section.getByRole('table');
	await grid.scrollIntoViewIfNeeded();
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
	expect(overflow).toBeLessThanOrEqual(360);
	// Every column can be reached inside the grid's box, and the row names stay in view.
	const box = await grid.evaluate((table) => {
		const scroller = table.parentElement!;
		scroller.scrollLeft = scroller.scrollWidth;
		const r = scroller.getBoundingClientRect();
		const last = table.querySelector('thead th:last-child')!.getBoundingClientRect();
		const rowName = table.querySelector('tbody th')!.getBoundingClientRect();
		return {
			left: r.left,
			right: r.right,
			lastRight: last.right,
			rowNameLeft: rowName.left,
			overflowX: getComputedStyle(scroller).overflowX
		};
	});
	expect(box.left).toBeGreaterThanOrEqual(0);
	expect(box.right).toBeLessThanOrEqual(360);
	expect(box.overflowX).toBe('auto');
	expect(box.lastRight).toBeLessThanOrEqual(box.right + 0.5);
	expect(box.rowNameLeft).toBeGreaterThanOrEqual(box.left - 0.5);
	await page.screenshot({ path: testInfo.outputPath('grid-360.png') });
	await spread.scrollIntoViewIfNeeded();
	await page.screenshot({ path: testInfo.outputPath('spread-360.png') });
	await precision.scrollIntoViewIfNeeded();
	await page.screenshot({ path: testInfo.outputPath('margin-360.png') });
});
