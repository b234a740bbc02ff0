import { expect, test, type Page } from '@playwright/test';
import { createCampaign, goToStage } from './fixtures';
import { goOffline, waitForServiceWorker } from './offline-helpers';
import { setUpOrganisation } from './team-helpers';

/**
 * Writes a programme snapshot into the phone's cache as sync would after a pull (the `meta`
 * row `programme:<campaignId>`), with assignments for the member this phone is linked as.
 */
async function seedProgramme(page: Page, campaignId: string) {
	await page.evaluate(async (campaignId) => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const req = indexedDB.open('ks-s-1006');
			req.onsuccess = () => resolve(req.result);
			req.onerror = () => reject(new Error(String(req.error)));
		});
		const meta = () => db.transaction('meta', 'readwrite').objectStore('meta');
		const link = await new Promise<{ link: { memberId: string } }>((resolve, reject) => {
			const req = meta().get('team-link');
			req.onsuccess = () => resolve(req.result as { link: { memberId: string } });
			req.onerror = () => reject(new Error(String(req.error)));
		});
		const base = {
			campaignId,
			shopperId: link.link.memberId,
			scenarioId: 'sc-card',
			channel: 'phone',
			status: 'open',
			createdAt: Date.now()
		};
		const snapshot = {
			campaignId,
			fetchedAt: Date.now(),
			disputeDays: 14,
			scenarios: [
				{
					id: 'sc-card',
					title: '카드 분실 신고',
					script: '어제 저녁에 카드를 잃어버린 것 같아요. 어떻게 해야 하나요?',
					channel: 'phone',
					correctAnswer: '즉시 사용 정지 후 재발급 신청, 새 카드는 영업일 기준 5일 안에 도착',
					checkIds: ['S05-3']
				}
			],
			plan: null,
			assignments: [
				{
					...base,
					id: 'as-past',
					timeSlot: 'evening',
					windowFrom: '2020-01-06',
					windowTo: '2020-01-10'
				},
				{
					...base,
					id: 'as-later',
					timeSlot: 'lunch',
					windowFrom: '2099-03-02',
					windowTo: '2099-03-06'
				}
			],
			reviews: [],
			disputes: []
		};
		await new Promise<void>((resolve, reject) => {
			const req = meta().put({ id: `programme:${campaignId}`, snapshot });
			req.onsuccess = () => resolve();
			req.onerror = () => reject(new Error(String(req.error)));
		});
		db.close();
	}, campaignId);
}

/** The time slot of this moment in Seoul, as the start screen names it. */
function seoulSlotNow(): string {
	const m = Math.floor(((Date.now() + 9 * 3_600_000) % 86_400_000) / 60_000);
	if (m < 360) return '야간';
	if (m < 720) return '오전';
	if (m < 780) return '점심';
	if (m < 1080) return '오후';
	if (m < 1260) return '저녁';
	return '야간';
}

test('a shopper offline: 내 배정 from the cache, starting from one with its fields filled in and a warning, the script and the correct answer during the call', async ({
	page,
	context
}, testInfo) => {
	test.setTimeout(120_000);
	const suffix = `${testInfo.project.name}-${crypto.randomUUID().slice(0, 8)}`;
	const center = `배정 고객센터 ${suffix}`;
	await setUpOrganisation(page, `배정 품질원 ${suffix}`, '김평가');
	await createCampaign(page, { name: center });
	await page.getByRole('link', { name: new RegExp(center) }).tap();
	await expect(page).toHaveURL(/\/campaigns\/[0-9a-f-]{36}$/);
	const campaignId = page.url().split('/').at(-1)!;

	await page.goto('/');
	await waitForServiceWorker(page);
	await goOffline(context);
	await seedProgramme(page, campaignId);
	await page.setViewportSize({ width: 360, height: 780 });

	// Home links to the assignments with the number still to start.
	await page.goto('/');
	const link = page.getByRole('link', { name: /내 배정/ });
	await expect(link).toContainText('시작할 배정 2건');
	await page.screenshot({ path: testInfo.outputPath('home-360.png') });
	await link.tap();
	await expect(page.getByRole('heading', { level: 1, name: '내 배정' })).toBeVisible();
	const open = page.getByRole('region', { name: /시작할 배정/ });
	const cards = open.getByRole('listitem');
	await expect(cards).toHaveCount(2);
	await expect(cards.nth(0)).toContainText(center);
	await expect(cards.nth(0)).toContainText('카드 분실 신고');
	await expect(cards.nth(0)).toContainText('전화 · 저녁 · 1월 6일 ~ 1월 10일');
	await expect(cards.nth(0)).toContainText('기한 지남');
	await expect(cards.nth(1)).toContainText('시작 전');
	await page.screenshot({ path: testInfo.outputPath('assignments-360.png'), fullPage: true });

	// Starting from the overdue one: everything filled in, and a warning to confirm.
	await cards.nth(0).getByRole('link', { name: '시작' }).tap();
	await expect(page).toHaveURL(/\/evaluations\/new\?assignment=as-past$/);
	await expect(page.getByLabel('캠페인')).toHaveValue(campaignId);
	await expect(page.getByRole('radio', { name: '전화' })).toBeChecked();
	await expect(page.getByLabel('시나리오')).toHaveValue('카드 분실 신고');
	await expect(page.getByLabel('시간대')).toHaveValue('evening');
	const warning = page.getByRole('alert').filter({ hasText: '배정 기간' });
	await expect(warning).toContainText('오늘은 배정 기간(1월 6일 ~ 1월 10일)이 아닙니다.');
	const slot = seoulSlotNow();
	if (slot !== '저녁')
		await expect(warning).toContainText(`배정 시간대는 저녁인데 지금은 ${slot}입니다.`);
	const evaluator = page.getByLabel('평가자');
	if ((await evaluator.inputValue()) === '') await evaluator.fill('김평가');
	await page.screenshot({
		path: testInfo.outputPath('start-from-assignment-360.png'),
		fullPage: true
	});
	await page.getByRole('button', { name: '평가 시작' }).tap();
	await expect(page.getByText('배정과 다른 점을 확인해 주세요.')).toBeVisible();
	await page.getByLabel('배정과 다르게 진행하는 것을 확인했습니다').check();
	await page.getByRole('button', { name: '평가 시작' }).tap();
	await expect(
		page.getByRole('heading', { level: 1, exact: true, name: '사전 서비스' })
	).toBeVisible();

	// The script is one tap away on every run screen.
	const panel = page.getByTestId('scenario-panel');
	await expect(panel.locator('summary')).toHaveText(/시나리오\s*카드 분실 신고/);
	await expect(panel.getByText(/카드를 잃어버린 것 같아요/)).toBeHidden();
	await panel.getByText('시나리오', { exact: true }).tap();
	await expect(panel.getByText(/카드를 잃어버린 것 같아요/)).toBeVisible();
	await page.screenshot({ path: testInfo.outputPath('scenario-panel-360.png') });

	// 문제해결 ③ is judged against the scenario's correct answer, shown right above it.
	await goToStage(page, '상담');
	const correct = page.getByRole('complementary', { name: /시나리오 정답/ });
	await expect(correct).toContainText('즉시 사용 정지 후 재발급 신청');
	await expect(correct.locator('xpath=following-sibling::*[1]')).toHaveAttribute(
		'id',
		'check-S05-3'
	);
	await correct.scrollIntoViewIfNeeded();
	await page.screenshot({ path: testInfo.outputPath('correct-answer-360.png') });

	// The assignment now shows as started; starting it again offers the evaluation made.
	await page.goto('/assignments');
	await expect(page.getByRole('region', { name: /진행 중/ })).toContainText('카드 분실 신고');
	await expect(page.getByRole('region', { name: /시작할 배정/ }).getByRole('listitem')).toHaveCount(
		1
	);
	await page.goto('/evaluations/new?assignment=as-past');
	await expect(page.getByText('이 배정으로 시작한 평가가 이미 있습니다.')).toBeVisible();
	await page.getByRole('link', { name: '평가 열기' }).tap();
	await expect(
		page.getByRole('heading', { level: 1, exact: true, name: '사전 서비스' })
	).toBeVisible();
});
