import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { seoulLocalToEpoch } from '$lib/domain/record/seoul-time';
import type { Assignment, ProgrammeSnapshot } from '$lib/domain/programme/records';
import { RunScenario } from '$lib/state/assignments.svelte';
import { EvaluationDraft } from '$lib/state/evaluation-draft.svelte';
import { saveEvaluation } from '$lib/storage/evaluations';
import { saveProgramme } from '$lib/storage/programme';
import { buildCampaign, buildEvaluation, T0 } from '$lib/testing/builders';
import { wipeDatabase } from '$lib/testing/database';
import { testUuid } from '$lib/testing/prng';
import RunScenarioHarness from '$lib/testing/RunScenarioHarness.svelte';
import { linkedPhone } from '$lib/testing/linked-phone';
import AgentSheet from '../evaluations/[id]/[stage=stage]/AgentSheet.svelte';
import AssignmentsPage from './+page.svelte';

const campaign = buildCampaign({
	id: testUuid(1, 0xca),
	center: { name: '한빛카드 고객센터', phoneNumbers: ['1588-0000'], channels: [] }
});

function assignment(n: number, overrides: Partial<Assignment> = {}): Assignment {
	return {
		id: `as-${n}`,
		campaignId: campaign.id,
		shopperId: 'm1',
		scenarioId: 'sc-1',
		channel: 'phone',
		timeSlot: 'morning',
		windowFrom: '2020-01-06',
		windowTo: '2020-01-10',
		status: 'open',
		createdAt: T0,
		...overrides
	};
}

function snapshot(assignments: Assignment[]): ProgrammeSnapshot {
	return {
		campaignId: campaign.id,
		fetchedAt: T0,
		disputeDays: 14,
		scenarios: [
			{
				id: 'sc-1',
				title: '카드 분실 신고',
				script: '어제 카드를 잃어버린 것 같아요.',
				channel: 'phone',
				correctAnswer: '즉시 사용 정지, 재발급은 영업일 기준 5일',
				checkIds: ['S05-3']
			}
		],
		plan: null,
		assignments,
		reviews: [],
		disputes: []
	};
}

beforeEach(() => linkedPhone(campaign));
afterEach(wipeDatabase);

describe('내 배정 from the cached programme', () => {
	it('lists open ones first with marks, then started, and folds the done ones', async () => {
		await saveProgramme(
			snapshot([
				assignment(1, { windowFrom: '2099-01-01', windowTo: '2099-01-31', timeSlot: 'lunch' }),
				assignment(2),
				assignment(3),
				assignment(4),
				assignment(5, { shopperId: 'someone-else' })
			])
		);
		const draft = buildEvaluation({ id: testUuid(1), campaignId: campaign.id, status: 'draft' });
		await saveEvaluation({ ...draft, assignmentId: 'as-3' }, campaign, T0);
		const final = buildEvaluation({ id: testUuid(2), campaignId: campaign.id, status: 'final' });
		await saveEvaluation({ ...final, assignmentId: 'as-4' }, campaign, T0);

		await render(AssignmentsPage);
		const open = page.getByRole('region', { name: /시작할 배정/ });
		await expect.element(open).toBeVisible();
		const cards = open.getByRole('listitem');
		await expect.poll(() => cards.elements().length).toBe(2);
		// Ordered by window: the overdue one (2020) before the one in 2099.
		await expect.element(cards.nth(0)).toHaveTextContent('기한 지남');
		await expect.element(cards.nth(0)).toHaveTextContent('1월 6일 ~ 1월 10일');
		await expect.element(cards.nth(1)).toHaveTextContent('시작 전');
		await expect.element(cards.nth(1)).toHaveTextContent('점심');
		await expect.element(cards.nth(0)).toHaveTextContent('한빛카드 고객센터');
		await expect.element(cards.nth(0)).toHaveTextContent('카드 분실 신고');
		await expect
			.element(cards.nth(0).getByRole('link', { name: '시작' }))
			.toHaveAttribute('href', '/evaluations/new?assignment=as-2');

		const started = page.getByRole('region', { name: /진행 중/ });
		await expect
			.element(started.getByRole('link', { name: '평가 열기' }))
			.toHaveAttribute('href', `/evaluations/${testUuid(1)}`);
		// Done ones are folded; someone else's never shows.
		const done = page.getByText('완료 1');
		await expect.element(done).toBeVisible();
		expect(page.getByRole('link', { name: '평가 열기' }).elements()).toHaveLength(1);
		await done.click();
		expect(page.getByRole('link', { name: '평가 열기' }).elements()).toHaveLength(2);
		expect(document.body.textContent).not.toContain('as-5');
	});

	it('without assignments says where they come from', async () => {
		await render(AssignmentsPage);
		await expect.element(page.getByRole('heading', { name: '배정이 없습니다' })).toBeVisible();
		await expect.element(page.getByText(/코디네이터가 팀 서버에서 배정한/)).toBeVisible();
	});
});

describe('the scenario on the agent sheet', () => {
	const now = seoulLocalToEpoch('2020-01-07', '10:00');

	async function renderSheet(scenarioId: string | undefined) {
		await saveProgramme(snapshot([assignment(1)]));
		const e = buildEvaluation({ campaignId: campaign.id, status: 'draft', createdAt: now });
		const evaluation = scenarioId ? { ...e, scenarioId } : e;
		const run = new RunScenario();
		await run.load(campaign.id, evaluation.scenarioId);
		const draft = new EvaluationDraft(evaluation, campaign, 'd-test');
		await render(RunScenarioHarness, { draft, scenario: run, stage: AgentSheet });
	}

	it('shows the correct answer beside 문제해결 ③', async () => {
		await renderSheet('sc-1');
		const aside = page.getByRole('complementary', { name: /시나리오 정답/ });
		await expect.element(aside).toHaveTextContent('즉시 사용 정지, 재발급은 영업일 기준 5일');
		// Right before the 잘못된 정보 check, not elsewhere.
		const next = aside.element().nextElementSibling;
		expect(next?.id).toBe('check-S05-3');
	});

	it('without a scenario nothing is added', async () => {
		await renderSheet(undefined);
		await expect.element(page.getByRole('group', { name: /잘못된 정보/ })).toBeVisible();
		expect(page.getByRole('complementary', { name: /시나리오 정답/ }).elements()).toHaveLength(0);
	});
});
