import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createCampaign, startEvaluation } from './fixtures';

// chart.js's core always contains this message (see budget.spec.ts).
const CHART_JS_SIGNATURE = "Failed to create chart: can't acquire context from the given item";

/** 2025-09-01 10:00 Seoul (a Monday morning). */
const T0 = Date.UTC(2025, 8, 1, 1, 0, 0);

interface Seed {
	channel: 'phone' | 'email';
	evaluator: string;
	answers: Record<string, 'met' | 'partial' | 'not-met' | 'na'>;
	/** Seconds from dial to agent, or none (no IVR run). */
	agentAfter?: number;
	score: number;
}

/** Writes final evaluations (and their summary rows) straight into the app's IndexedDB. */
async function seedFinalEvaluations(page: Page, campaignId: string, seeds: Seed[]) {
	await page.evaluate(
		async ({ campaignId, seeds, t0 }) => {
			const db = await new Promise<IDBDatabase>((resolve, reject) => {
				const req = indexedDB.open('ks-s-1006');
				req.onsuccess = () => resolve(req.result);
				req.onerror = () => reject(req.error);
			});
			const tx = db.transaction(['evaluations', 'summaries'], 'readwrite');
			seeds.forEach((s, i) => {
				const at = t0 + i * 3_600_000;
				const id = crypto.randomUUID();
				const answers = Object.fromEntries(
					Object.entries(s.answers).map(([k, value]) => [
						k,
						{ value, evidenceIds: [], answeredAt: at }
					])
				);
				const events =
					s.agentAfter === undefined
						? []
						: [
								{ id: 'e0', type: 'dial', at },
								{ id: 'e1', type: 'agent-answer', at: at + s.agentAfter * 1000 },
								{ id: 'e2', type: 'call-end', at: at + 120_000 }
							];
				tx.objectStore('evaluations').put({
					schemaVersion: 2,
					id,
					campaignId,
					evaluator: s.evaluator,
					channel: s.channel,
					scenario: `시드 ${i + 1}`,
					timeSlot: 'morning',
					status: 'final',
					revision: 1,
					answers,
					ivr: { startedAt: s.agentAfter === undefined ? undefined : at, events },
					followUps: [],
					createdAt: at,
					updatedAt: at,
					changeLog: []
				});
				tx.objectStore('summaries').put({
					id,
					campaignId,
					centerName: '대시보드 고객센터',
					status: 'final',
					revision: 1,
					channel: s.channel,
					scenario: `시드 ${i + 1}`,
					evaluator: s.evaluator,
					score: s.score,
					verdict: s.score >= 90 ? 'excellent' : s.score >= 80 ? 'pass' : 'fail',
					incomplete: 0,
					criticalDefects: 0,
					pendingDeadlines: [],
					imported: false,
					createdAt: at,
					updatedAt: at
				});
			});
			await new Promise<void>((resolve, reject) => {
				tx.oncomplete = () => resolve();
				tx.onerror = () => reject(tx.error);
			});
			db.close();
		},
		{ campaignId, seeds, t0: T0 }
	);
}

const figure = (page: Page, name: string) =>
	page
		.getByRole('listitem')
		.filter({ has: page.getByRole('heading', { level: 3, name, exact: true }) });

test('the campaign dashboard shows figures, chart tables and filters from stored evaluations', async ({
	page
}) => {
	const scripts = new Set<string>();
	page.on('request', (req) => {
		const url = new URL(req.url());
		if (req.resourceType() === 'script' && url.pathname.startsWith('/_app/')) {
			scripts.add(url.pathname);
		}
	});

	await createCampaign(page, { name: '대시보드 고객센터' });
	await page.getByRole('link', { name: /대시보드 고객센터/ }).tap();
	await expect(page).toHaveURL(/\/campaigns\/[0-9a-f-]{36}$/);
	const campaignId = new URL(page.url()).pathname.split('/').pop()!;

	// A draft through the UI: it counts as an evaluation but stays out of the statistics.
	await startEvaluation(page, { scenario: '요금 문의' });
	const check = page.getByRole('group', { name: /전화, 팩스, 이메일 응대를 제공하고 있다/ });
	await check.getByRole('button', { name: '충족', exact: true }).tap();
	await expect(check.getByRole('button', { name: '충족', exact: true })).toHaveAttribute(
		'aria-pressed',
		'true'
	);

	// Hand-computed: only 사전 checks answered, so overall = pre.
	// phone: A1-01 met, A1-02 met → 100; email: A1-01 met, A1-02 not met → 50. Mean 75.0.
	await seedFinalEvaluations(page, campaignId, [
		{
			channel: 'phone',
			evaluator: '김평가',
			answers: { 'A1-01': 'met', 'A1-02': 'met' },
			agentAfter: 12,
			score: 100
		},
		{
			channel: 'email',
			evaluator: '박평가',
			answers: { 'A1-01': 'met', 'A1-02': 'not-met' },
			score: 50
		}
	]);

	await page.goto(`/reports/campaigns/${campaignId}`);
	await expect(
		page.getByRole('heading', { level: 1, exact: true, name: '대시보드 고객센터 대시보드' })
	).toBeVisible();
	// The charts appear one after another, then each draws as it comes into view: scroll
	// through them as a reader would.
	await expect(page.locator('canvas')).toHaveCount(5);
	for (const canvas of await page.locator('canvas').all()) await canvas.scrollIntoViewIfNeeded();
	await expect(page.locator('.dashboard')).toHaveAttribute('data-ready', 'true');

	await expect(figure(page, '평가')).toContainText('확정 2');
	await expect(figure(page, '평가')).toContainText('작성 중 1');
	await expect(figure(page, '평균 점수')).toContainText('75.0점');
	await expect(figure(page, '평균 점수')).toContainText('(n=2)');
	// 1 of 2 pass (100 ≥ 80; 50 fails): Wilson 95 % interval of 1/2 is 9–91 %.
	await expect(figure(page, '합격률')).toContainText('50 % (n=2, 95 % 구간 9–91 %)');
	await expect(figure(page, '상담사 연결 시간')).toContainText('중앙값 12.0초');
	await expect(figure(page, '콜백 준수율')).toContainText('판정된 콜백이 없습니다');

	// The per-check chart's table alternative: worst first, A1-02 at 1/2.
	const checks = page.getByRole('region', { name: '항목별 준수율 (낮은 순)' });
	await expect(checks.getByRole('img')).toHaveAttribute('aria-label', /A1-02 50 %/);
	await checks.getByText('표로 보기').tap();
	const rows = checks.getByRole('table').getByRole('row');
	await expect(rows.nth(1)).toContainText('A1-02');
	await expect(rows.nth(1)).toContainText('50 %');
	await expect(rows.nth(2)).toContainText('A1-01');
	await expect(rows.nth(2)).toContainText('100 %');

	// Filter to the phone channel: n drops to 1 and the URL carries the filter. On a phone the
	// filters start folded so that the figures come first.
	const unfold = page.getByRole('button', { name: '필터 펼치기' });
	await expect(unfold).toHaveAttribute('aria-expanded', 'false');
	await expect(page.getByRole('group', { name: '채널' })).toBeHidden();
	await unfold.tap();
	await expect(page.getByRole('button', { name: '필터 접기' })).toHaveAttribute(
		'aria-expanded',
		'true'
	);
	await page
		.getByRole('group', { name: '채널' })
		.getByRole('button', { name: '전화', exact: true })
		.tap();
	await expect(figure(page, '평균 점수')).toContainText('100.0점');
	await expect(figure(page, '평균 점수')).toContainText('(n=1)');
	await expect(page).toHaveURL(/[?&]channel=phone/);
	await expect(rows.nth(1)).toContainText('100 %');

	// The shared address restores the filter.
	await page.reload();
	await expect(figure(page, '평균 점수')).toContainText('(n=1)');
	await page.getByRole('button', { name: '필터 초기화' }).tap();
	await expect(figure(page, '평균 점수')).toContainText('(n=2)');
	await expect(page).not.toHaveURL(/channel=/);

	// No horizontal scroll on a phone.
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow).toBeLessThanOrEqual(0);

	// Printing opens every chart's table (none is open since the reload).
	await expect(page.locator('.chart-card table')).toHaveCount(0);
	const pdf = await page.pdf({ format: 'A4' });
	expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
	await expect(page.locator('.chart-card table')).toHaveCount(5);

	// chart.js is loaded on this route (and, per budget.spec.ts, not on the first screen).
	const withChartJs = [...scripts].filter((path) =>
		readFileSync(new URL(`../build/client${path}`, import.meta.url), 'utf8').includes(
			CHART_JS_SIGNATURE
		)
	);
	expect(withChartJs.length).toBeGreaterThan(0);
});

test('an unknown campaign shows the not-found state', async ({ page }) => {
	await page.goto('/reports/campaigns/00000000-0000-4000-8000-000000000000');
	await expect(page.getByRole('heading', { name: '캠페인을 찾을 수 없습니다' })).toBeVisible();
});

test('a campaign without evaluations shows the empty state', async ({ page }) => {
	await createCampaign(page, { name: '빈 고객센터' });
	await page.getByRole('link', { name: /빈 고객센터/ }).tap();
	await expect(page).toHaveURL(/\/campaigns\/[0-9a-f-]{36}$/);
	const campaignId = new URL(page.url()).pathname.split('/').pop()!;
	await page.goto(`/reports/campaigns/${campaignId}`);
	await expect(page.getByRole('heading', { name: '아직 평가가 없습니다' })).toBeVisible();
	await expect(page.locator('.dashboard')).toHaveAttribute('data-ready', 'true');
});
