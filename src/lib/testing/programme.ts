// Builders for a programme's records (scenarios and plans), shared by the domain's and the
// server's tests.
import type { Plan, Scenario } from '$lib/domain/programme/records';

/** A phone scenario (about a lost card unless titled otherwise); any other field overridden. */
export function buildScenario(
	id: string,
	title = '카드 분실 신고',
	over: Partial<Scenario> = {}
): Scenario {
	return {
		id,
		title,
		script: '카드를 잃어버렸어요.',
		channel: 'phone',
		correctAnswer: '즉시 정지하고 재발급을 안내합니다.',
		checkIds: [],
		...over
	};
}

/**
 * A plan of 12 phone contacts in March 2026 (Mon/Wed/Fri × morning/afternoon × scenarios s1 and
 * s2: 12 cells), at most 4 per shopper 7 days apart, no weights or waves; any field overridden.
 */
export function buildPlan(over: Partial<Plan> = {}): Plan {
	return {
		total: 12,
		from: '2026-03-02',
		to: '2026-03-29',
		weekdays: ['mon', 'wed', 'fri'],
		slots: ['morning', 'afternoon'],
		scenarioIds: ['s1', 's2'],
		channels: ['phone'],
		weights: {},
		waves: [],
		capPerShopper: 4,
		minGapDays: 7,
		...over
	};
}

/** A plan of `total` phone contacts of one scenario on Mondays in one slot, all through 2026. */
export function buildMondayPlan(
	scenarioId: string,
	slot: Plan['slots'][number],
	total: number
): Plan {
	return buildPlan({
		total,
		from: '2026-01-01',
		to: '2026-12-31',
		weekdays: ['mon'],
		slots: [slot],
		scenarioIds: [scenarioId]
	});
}
