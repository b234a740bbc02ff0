import { describe, expect, it } from 'vitest';
import { aggregate, rate } from '$lib/domain/aggregate';
import { catalog } from '$lib/domain/catalog';
import { readRecord } from '$lib/domain/reading';
import { buildPlan } from '$lib/domain/scoring';
import {
	buildCampaign,
	buildEvaluation,
	buildIvrEvents,
	buildTemplate
} from '$lib/testing/builders';
import { testUuid } from '$lib/testing/prng';
import {
	areaProfile,
	binSeconds,
	distinctSorted,
	fixed1,
	intervalOf,
	pct,
	percentOf,
	pool,
	timeToAgentDistribution,
	worstFirst
} from './dashboard-data';

describe('formatting', () => {
	it('rounds shares to whole percents and shows – for unknown', () => {
		expect(pct(0.825)).toBe('83');
		expect(pct(0)).toBe('0');
		expect(pct(null)).toBe('–');
		expect(fixed1(75)).toBe('75.0');
		expect(fixed1(60.333)).toBe('60.3');
		expect(fixed1(null)).toBe('–');
	});

	it('turns a rate into chart percents and a floating interval bar; n = 0 gives null', () => {
		const r = rate(8, 10);
		expect(percentOf(r)).toBeCloseTo(80);
		const [low, high] = intervalOf(r)!;
		expect(low).toBeCloseTo(49.0, 1);
		expect(high).toBeCloseTo(94.3, 1);
		expect(percentOf(rate(0, 0))).toBeNull();
		expect(intervalOf(rate(0, 0))).toBeNull();
	});
});

describe('binSeconds', () => {
	it('puts boundary values in the lower bin and everything over max in the open bin', () => {
		const bins = binSeconds([0, 5, 5.1, 20, 60, 61, 300], 5, 60);
		expect(bins).toHaveLength(13);
		expect(bins[0]).toEqual({ from: 0, to: 5, count: 2 });
		expect(bins[1]).toEqual({ from: 5, to: 10, count: 1 });
		expect(bins[3]).toEqual({ from: 15, to: 20, count: 1 });
		expect(bins[11]).toEqual({ from: 55, to: 60, count: 1 });
		expect(bins[12]).toEqual({ from: 60, to: null, count: 2 });
		expect(bins.reduce((s, b) => s + b.count, 0)).toBe(7);
	});

	it('with 10 s bins and no values gives 6 + 1 empty bins', () => {
		const bins = binSeconds([], 10, 60);
		expect(bins.map((b) => b.to)).toEqual([10, 20, 30, 40, 50, 60, null]);
		expect(bins.every((b) => b.count === 0)).toBe(true);
	});
});

describe('worstFirst', () => {
	it('orders by rate, then upper bound, then n, and drops checks without answers', () => {
		const checks = {
			'A1-01': { ...rate(9, 10), notMet: 1 },
			'A1-02': { ...rate(1, 2), notMet: 1 }, // 50 %, wide interval
			'A1-03': { ...rate(10, 20), notMet: 10 }, // 50 %, narrower: clearer problem
			'A1-04': { ...rate(0, 0), notMet: 0 },
			'B1-06': { ...rate(0, 3), notMet: 3 }
		};
		expect(worstFirst(checks).map((c) => c.id)).toEqual(['B1-06', 'A1-03', 'A1-02', 'A1-01']);
	});

	it('breaks a full tie by id', () => {
		const checks = { 'C1-02': { ...rate(1, 1), notMet: 0 }, 'C1-01': { ...rate(1, 1), notMet: 0 } };
		expect(worstFirst(checks).map((c) => c.id)).toEqual(['C1-01', 'C1-02']);
	});
});

describe('areaProfile', () => {
	it('partitions into pre, IVR, agent sheet, other 나 groups pooled, post', () => {
		const profile = areaProfile(
			{
				sections: { pre: rate(1, 2), in: rate(9, 14), post: rate(0, 0) },
				groups: {
					A1: rate(1, 2),
					B1: rate(2, 2),
					B2: rate(4, 4),
					B3: rate(3, 4),
					B4: rate(0, 4),
					C1: rate(0, 0)
				}
			},
			'B1',
			'B2'
		);
		expect(profile.pre.rate).toBe(0.5);
		expect(profile.ivr.rate).toBe(1);
		expect(profile.agent.n).toBe(4);
		expect(profile.other).toEqual(pool([rate(3, 4), rate(0, 4)]));
		expect(profile.other.rate).toBe(3 / 8);
		expect(profile.post.rate).toBeNull();
	});
});

describe('timeToAgentDistribution', () => {
	const plan = buildPlan(catalog, buildTemplate());
	const campaign = buildCampaign();
	const scored = (n: number, over: Parameters<typeof buildEvaluation>[0]) =>
		readRecord(buildEvaluation({ id: testUuid(n), ...over }), campaign, 0);
	const items = [
		scored(1, {
			ivr: {
				events: buildIvrEvents([
					['dial', 0],
					['agent-answer', 10],
					['call-end', 60]
				])
			}
		}),
		scored(2, {
			ivr: {
				events: buildIvrEvents([
					['dial', 0],
					['agent-answer', 30],
					['call-end', 90]
				])
			}
		}),
		scored(3, {
			ivr: {
				events: buildIvrEvents([
					['dial', 0],
					['agent-request', 5],
					['machine-drop', 40]
				])
			}
		}),
		scored(4, {
			status: 'draft',
			ivr: {
				events: buildIvrEvents([
					['dial', 0],
					['agent-answer', 3],
					['call-end', 9]
				])
			}
		}),
		scored(5, {
			channel: 'email',
			ivr: {
				events: buildIvrEvents([
					['dial', 0],
					['agent-answer', 20],
					['call-end', 25]
				])
			}
		})
	];

	it('bins answered calls, counts lost ones and leaves drafts out, agreeing with aggregate', () => {
		const d = timeToAgentDistribution(items, {}, { width: 5, max: 60, thresholdSeconds: 20 });
		expect(d.answered).toBe(3); // 10 s, 30 s, 20 s; the 3 s draft is out
		expect(d.within).toBe(2); // 10 s and 20 s (inclusive)
		expect(d.lost).toBe(1);
		expect(d.bins[1]!.count).toBe(1);
		expect(d.bins[3]!.count).toBe(1);
		expect(d.bins[5]!.count).toBe(1);
		const sl = aggregate(items, { plan, now: 0 }).ivr.serviceLevel;
		expect(sl.successes).toBe(d.within);
		expect(sl.n).toBe(d.answered + d.lost);
	});

	it('applies the filter (channel)', () => {
		const d = timeToAgentDistribution(
			items,
			{ channels: ['email'] },
			{ width: 10, max: 60, thresholdSeconds: 20 }
		);
		expect(d.answered).toBe(1);
		expect(d.lost).toBe(0);
		expect(d.bins[1]!.count).toBe(1);
	});
});

describe('one number: a raw score just under 80', () => {
	const plan = buildPlan(catalog, buildTemplate());
	// Every check a phone evaluation asks, met, except nine partial answers: raw 79.963…,
	// which rounds to 80.0 (cut, it would read 79.9).
	const partial = ['S01-1', 'S01-2', 'C1-01', 'C1-02', 'B3-01', 'B3-03', 'B4-02', 'B1-01', 'B1-02'];
	const values = Object.fromEntries(
		plan.checkIds
			.filter((_, i) => plan.expected.phone[i])
			.map((id) => [id, partial.includes(id) ? ('partial' as const) : ('met' as const)])
	);
	const evaluation = buildEvaluation({ id: testUuid(1), values });
	const read = readRecord(evaluation, buildCampaign(), 0);
	const score = read.score;

	it('the raw score is between 79.95 and 80, so rounding and cutting differ; the score is 80', () => {
		expect(score.incomplete).toEqual([]);
		expect(score.uncappedScore!).toBeGreaterThanOrEqual(79.95);
		expect(score.uncappedScore!).toBeLessThan(80);
		expect(score.score).toBe(80);
		expect(score.verdict).toBe('pass');
	});

	it('the campaign of that one evaluation shows mean 80.0 and pass rate 100 % (pass at 80)', () => {
		const r = aggregate([read], { plan, now: 0 });
		expect(r.overall.n).toBe(1);
		expect(fixed1(r.overall.mean)).toBe('80.0');
		expect(pct(r.passRate.rate)).toBe('100');
	});
});

describe('distinctSorted', () => {
	it('dedupes, drops blanks and sorts in Korean order', () => {
		expect(distinctSorted(['박평가', '김평가', ' ', '박평가', '이평가'])).toEqual([
			'김평가',
			'박평가',
			'이평가'
		]);
	});
});
