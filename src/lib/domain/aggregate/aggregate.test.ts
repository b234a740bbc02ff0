import { describe, expect, it } from 'vitest';
import type { AnswerValue } from '../record/common';
import type { Evaluation } from '../record/evaluation';
import {
	buildCampaign,
	buildEvaluation,
	buildIvrEvents,
	buildTemplate,
	T0
} from '../../testing/builders';
import { SMALL_SHOPPER_CHECKS, smallCatalog, workedExample1 } from '../../testing/catalog-builder';
import { testUuid } from '../../testing/prng';
import { readRecord } from '../reading/read';
import { buildPlan } from '../scoring/plan';
import { aggregate, aggregateEvaluations, type AggregateContext } from './aggregate';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const catalog = smallCatalog();
const plan = buildPlan(catalog, buildTemplate());
const SHOPPER = SMALL_SHOPPER_CHECKS;
const all = (v: AnswerValue) => Object.fromEntries(SHOPPER.map((id) => [id, v]));
const campaignA = buildCampaign({ id: testUuid(1, 0xca), emailAnswerStandardHours: 24 });
const campaignB = buildCampaign({ id: testUuid(2, 0xca) }); // no e-mail standard

const evaluations: Evaluation[] = [
	buildEvaluation({
		id: testUuid(1),
		values: all('met'),
		agent: { name: 'Agent A' },
		ivr: {
			events: buildIvrEvents([
				['dial', 0],
				['agent-answer', 10]
			])
		},
		followUps: [
			{ id: 'c1', kind: 'callback', via: 'web', requestedAt: T0, reservedAt: T0 + 5 * DAY }
		]
	}),
	buildEvaluation({
		id: testUuid(2),
		values: workedExample1,
		agent: { name: 'Agent B' },
		createdAt: T0 + 7 * DAY,
		ivr: {
			events: buildIvrEvents(
				[
					['dial', 0],
					['agent-answer', 30]
				],
				T0 + 7 * DAY
			)
		},
		// Called back an hour after the 24 h: not met, as its A1-06 answer says.
		followUps: [
			{ id: 'c2', kind: 'callback', via: 'agent', requestedAt: T0, respondedAt: T0 + DAY + HOUR }
		]
	}),
	buildEvaluation({
		id: testUuid(3),
		campaignId: campaignB.id,
		evaluator: 'Lee',
		values: all('not-met'),
		createdAt: T0 + 31 * DAY,
		ivr: {
			events: buildIvrEvents([
				['dial', 0],
				['agent-request', 5],
				['machine-drop', 20]
			])
		},
		followUps: [{ id: 'm3', kind: 'email', sentAt: T0, respondedAt: T0 + DAY }]
	}),
	buildEvaluation({ id: testUuid(4), status: 'draft', values: all('met') })
];

const ctx: AggregateContext = {
	plan,
	now: T0 + DAY,
	campaigns: new Map([campaignA, campaignB].map((c) => [c.id, c]))
};

describe('aggregateEvaluations (worked example of docs/scoring.md)', () => {
	const r = aggregateEvaluations(evaluations, ctx);

	it('counts every status; statistics leave drafts out', () => {
		expect(r.counts).toEqual({ total: 4, draft: 1, awaitingFollowUp: 0, final: 3, scored: 3 });
	});

	it('overall scores 100, 81, 0: mean 60.33, median 81, sample SD 53.107', () => {
		expect(r.overall).toMatchObject({ n: 3, median: 81, min: 0, max: 100 });
		expect(r.overall.mean).toBeCloseTo(181 / 3, 10);
		expect(r.overall.sd).toBeCloseTo(53.107, 3);
		expect(r.agentTotal).toMatchObject({ n: 3, median: 70 });
	});

	it('pass rate 2/3 with Wilson interval [0.208, 0.939]', () => {
		expect(r.verdicts).toEqual({ excellent: 1, pass: 1, fail: 1 });
		expect(r.passRate.rate).toBeCloseTo(2 / 3, 12);
		expect(r.passRate.low).toBeCloseTo(0.2077, 3);
		expect(r.passRate.high).toBeCloseTo(0.9385, 3);
	});

	it('per check, group, stage and section compliance pools answers; partial counts 0.5, N/A drops', () => {
		expect(r.checks['A1-01']).toMatchObject({ successes: 2, n: 3, notMet: 1 });
		expect(r.checks['A1-02']).toMatchObject({ successes: 1.5, n: 3, rate: 0.5 });
		expect(r.checks['A1-05']).toMatchObject({ successes: 1, n: 2, rate: 0.5 });
		expect(r.checks['B3-01']).toMatchObject({ n: 0, rate: null });
		expect(r.sections.pre).toMatchObject({ successes: 5.5, n: 11, rate: 0.5 });
		expect(r.stages['S01']).toMatchObject({ successes: 3.5, n: 6 });
		expect(r.groups['B1']).toMatchObject({ successes: 6, n: 9 });
	});

	it('IVR: time to agent 10 s and 30 s → median 20, p90 28; service level 1/3 (the machine drop counts)', () => {
		expect(r.ivr.timeToAgent).toEqual({ n: 2, medianSeconds: 20, p90Seconds: 28 });
		expect(r.ivr.serviceLevel).toMatchObject({ successes: 1, n: 3 });
	});

	it('follow-ups: met / decided with pending and unknown standard left out', () => {
		expect(r.followUps.callback).toMatchObject({ successes: 0, n: 1, pending: 1 });
		expect(r.followUps.email).toMatchObject({ n: 0, rate: null, unknownStandard: 1 });
	});

	it('critical defect rate 1/3', () => {
		expect(r.critical).toMatchObject({ successes: 1, n: 3 });
	});

	it('trend by Seoul ISO week and month', () => {
		expect(r.trend.week).toEqual([
			{ period: '2025-W36', n: 1, mean: 100 },
			{ period: '2025-W37', n: 1, mean: 81 },
			{ period: '2025-W40', n: 1, mean: 0 }
		]);
		expect(r.trend.month).toEqual([
			{ period: '2025-09', n: 2, mean: 90.5 },
			{ period: '2025-10', n: 1, mean: 0 }
		]);
	});

	it('service audit: SV1 관찰 (3.5/6), SV2-ga 부적합 (critical defects), SV3 관찰 (4/6)', () => {
		expect(
			r.serviceAudit.map((s) => [s.id, s.verdict, s.evidence.successes, s.evidence.n])
		).toEqual([
			['SV1', '관찰', 3.5, 6],
			['SV2-ga', '부적합', 6, 9],
			['SV3', '관찰', 4, 6]
		]);
		expect(r.serviceAudit[1]?.criticalDefects).toBe(2);
	});
});

/** Read as reports read it: under its campaign's rules at the context's instant. */
const readAt = (e: Evaluation, campaign = campaignA) => readRecord(e, campaign, ctx.now, catalog);

describe('aggregate: filters and readings', () => {
	it('records read once and raw records give the same result', () => {
		const read = evaluations.map((e) =>
			readAt(e, e.campaignId === campaignB.id ? campaignB : campaignA)
		);
		expect(aggregate(read, ctx)).toEqual(aggregateEvaluations(evaluations, ctx));
	});

	it('a finalized record keeps its pinned template after the campaign changed: 81.0 pass, not 78.8 fail', () => {
		const changed = buildCampaign({
			id: campaignA.id,
			template: buildTemplate({ version: 2, stageWeights: { S01: 2, S02: 1, S11: 1 } })
		});
		const e = buildEvaluation({
			id: testUuid(30),
			values: workedExample1,
			scoredWith: buildTemplate()
		});
		const now = { ...ctx, plan: buildPlan(catalog, changed.template) };
		const r = aggregate([readRecord(e, changed, ctx.now, catalog)], now);
		expect(r.overall.mean).toBe(81);
		expect(r.verdicts).toEqual({ excellent: 0, pass: 1, fail: 0 });
		const raw = aggregateEvaluations([e], { ...now, campaigns: new Map([[changed.id, changed]]) });
		expect(raw.overall.mean).toBe(81);
	});

	it('the slot filter reads the reading’s slot: 상담 일시 at 23:30 is night although started as morning', () => {
		const e = buildEvaluation({
			id: testUuid(31),
			values: workedExample1,
			timeSlot: 'morning',
			consultedAt: { date: '2025-09-01', from: '23:30', to: '23:40' }
		});
		const slot = (timeSlots: ('morning' | 'night')[]) =>
			aggregate([readAt(e)], { ...ctx, filter: { timeSlots } }).counts.total;
		expect(slot(['night'])).toBe(1);
		expect(slot(['morning'])).toBe(0);
	});

	it('period, evaluator, agent and channel filters', () => {
		const period = aggregateEvaluations(evaluations, {
			...ctx,
			filter: { from: T0 + 1, to: T0 + 8 * DAY }
		});
		expect(period.counts.total).toBe(1);
		expect(
			aggregateEvaluations(evaluations, { ...ctx, filter: { evaluators: ['Lee'] } }).overall.mean
		).toBe(0);
		expect(
			aggregateEvaluations(evaluations, { ...ctx, filter: { agentNames: ['Agent B'] } }).overall
				.mean
		).toBe(81);
		const none = aggregateEvaluations(evaluations, { ...ctx, filter: { channels: ['chat'] } });
		expect(none.counts.total).toBe(0);
		expect(none.overall.mean).toBeNull();
		expect(none.passRate.rate).toBeNull();
	});

	it('drafts never enter the statistics, but are counted', () => {
		const r = aggregateEvaluations(evaluations, ctx);
		expect(r.counts.draft).toBe(1);
		expect(r.counts.scored).toBe(3);
		expect(r.overall.n).toBe(3);
	});

	it('one evaluation of raw 79.996 (verdict pass): mean 80, pass rate 100 %, n 1', () => {
		const e = buildEvaluation({ id: testUuid(9), values: workedExample1, status: 'final' });
		const real = readAt(e);
		// The verdict is decided on the rounded score (80.0 ≥ 80) in scoring; aggregation counts it.
		const item = {
			...real,
			score: { ...real.score, agentTotal: 64.45 },
			reading: { ...real.reading, score: 79.996, verdict: 'pass' as const }
		};
		const r = aggregate([item], ctx);
		expect(r.overall.n).toBe(1);
		expect(r.overall.mean).toBe(80);
		expect(r.overall.median).toBe(80);
		expect(r.agentTotal.mean).toBe(64.5);
		expect(r.passRate.rate).toBe(1);
		expect(r.trend.week[0]?.mean).toBe(80);
	});

	it('the mean is taken over rounded scores: 79.96, 79.96, 79.91 → 80, 80, 79.9 → 79.967 (raw 79.943)', () => {
		const items = [79.96, 79.96, 79.91].map((x, i) => {
			const e = buildEvaluation({ id: testUuid(20 + i), values: workedExample1, status: 'final' });
			const real = readAt(e);
			return { ...real, reading: { ...real.reading, score: x } };
		});
		const r = aggregate(items, ctx);
		expect(r.overall.mean).toBeCloseTo(239.9 / 3, 12);
		expect(r.overall.min).toBe(79.9);
		expect(r.overall.max).toBe(80);
	});

	it('empty input: zero counts, null statistics, no NaN anywhere', () => {
		const r = aggregateEvaluations([], ctx);
		const hasNaN = (v: unknown): boolean =>
			typeof v === 'number'
				? Number.isNaN(v)
				: typeof v === 'object' && v !== null && Object.values(v).some(hasNaN);
		expect(hasNaN(r)).toBe(false);
		expect(r.overall.n).toBe(0);
		expect(r.serviceAudit.every((s) => s.verdict === '관찰')).toBe(true);
	});
});
