import { describe, expect, it } from 'vitest';
import { buildEvaluation, buildTemplate } from '../../testing/builders';
import { SMALL_SHOPPER_CHECKS, smallCatalog, workedExample1 } from '../../testing/catalog-builder';
import { buildPlan } from './plan';
import { finaliseIssues, scoreEvaluation, verdictOf } from './score';

const catalog = smallCatalog();
const plan = buildPlan(catalog, buildTemplate());

describe('scoreEvaluation', () => {
	it('worked example 1: N/A drops out, partial = 0.5, sections 20/60/20, in = mean of IVR and 총점', () => {
		const s = scoreEvaluation(buildEvaluation({ values: workedExample1 }), plan);
		expect(s.sections.pre).toEqual({ earned: 1.5, possible: 3, score: 50 });
		expect(s.inParts.ivr.score).toBe(100);
		expect(s.agentTotal).toBe(70);
		expect(s.inParts.other.score).toBeNull();
		expect(s.sections.in.score).toBe(85);
		expect(s.sections.post.score).toBe(100);
		expect(s.score).toBe(81);
		expect(s.verdict).toBe('pass');
		expect(s.incomplete).toEqual([]);
		expect(s.stages['S01']).toEqual({ earned: 1.5, possible: 2, score: 75 });
		expect(s.groups['A1']?.score).toBe(50);
		expect(s.groups['B2']?.score).toBe(70);
	});

	it('worked example 2: stage weights S01 ×2 make 총점 62.5 and the overall 78.75 → 78.8 (fail)', () => {
		const weighted = buildPlan(
			catalog,
			buildTemplate({ stageWeights: { S01: 2, S02: 1, S11: 1 } })
		);
		const s = scoreEvaluation(buildEvaluation({ values: workedExample1 }), weighted);
		expect(s.agentTotal).toBe(62.5);
		expect(s.sections.in.score).toBe(81.25);
		expect(s.uncappedScore).toBe(78.75);
		expect(s.score).toBe(78.8); // rounded half away from zero, once
		expect(s.verdict).toBe('fail');
	});

	it('worked example 3: a section with no applicable checks drops out and weights renormalise', () => {
		const values = { ...workedExample1, 'C1-01': 'na', 'C1-02': 'na' } as const;
		const s = scoreEvaluation(buildEvaluation({ values }), plan);
		expect(s.sections.post.score).toBeNull();
		expect(s.uncappedScore).toBe(76.25); // (20·50 + 60·85) / 80
		expect(s.score).toBe(76.3);
	});

	it('unanswered checks are incomplete, not scored as 0 or met; auditor-only checks are not expected', () => {
		const s = scoreEvaluation(buildEvaluation({ values: { 'A1-01': 'met' } }), plan);
		expect(s.score).toBe(100);
		expect(s.incomplete).toEqual(SMALL_SHOPPER_CHECKS.filter((id) => id !== 'A1-01'));
		expect(finaliseIssues(s)).toHaveLength(13);
	});

	it('a chat evaluation is not expected to answer IVR, voice stages or S11-5', () => {
		const s = scoreEvaluation(buildEvaluation({ channel: 'chat' }), plan);
		expect(s.incomplete).toEqual([
			'A1-01',
			'A1-02',
			'A1-05',
			'A1-06',
			'C1-01',
			'C1-02',
			'S01-1',
			'S01-2'
		]);
	});

	it('an answered auditor-only check counts in its part (other B groups)', () => {
		const s = scoreEvaluation(
			buildEvaluation({ values: { 'B3-01': 'partial', 'B1-02': 'met' } }),
			plan
		);
		expect(s.inParts.other.score).toBe(50);
		expect(s.sections.in.score).toBe(75);
		expect(s.score).toBe(75);
	});

	it('empty evaluation → score null, reason no-applicable-checks (no NaN)', () => {
		const s = scoreEvaluation(buildEvaluation(), plan);
		expect(s.score).toBeNull();
		expect(s.reason).toBe('no-applicable-checks');
		expect(s.verdict).toBeNull();
		expect(s.agentTotal).toBeNull();
	});

	it('all N/A → score null, reason no-applicable-checks', () => {
		const values = Object.fromEntries(Object.keys(workedExample1).map((id) => [id, 'na' as const]));
		const s = scoreEvaluation(buildEvaluation({ values }), plan);
		expect(s.score).toBeNull();
		expect(s.reason).toBe('no-applicable-checks');
		expect(s.sections.pre).toEqual({ earned: 0, possible: 0, score: null });
		expect(s.incomplete).toEqual([]);
	});

	it('critical mode flag: a not-met B1-07 is listed but the score stands (71)', () => {
		const s = scoreEvaluation(
			buildEvaluation({ values: { ...workedExample1, 'B1-07': 'not-met' } }),
			plan
		);
		expect(s.criticalDefects).toEqual(['B1-07']);
		expect(s.failedByCritical).toBe(false);
		expect(s.score).toBeCloseTo(71, 10);
		expect(s.verdict).toBe('fail');
	});

	it('critical mode fail-evaluation: a not-met B1-07 zeroes the overall score', () => {
		const p = buildPlan(catalog, buildTemplate({ criticalMode: 'fail-evaluation' }));
		const s = scoreEvaluation(
			buildEvaluation({ values: { ...workedExample1, 'B1-07': 'not-met' } }),
			p
		);
		expect(s.score).toBe(0);
		expect(s.uncappedScore).toBeCloseTo(71, 10);
		expect(s.failedByCritical).toBe(true);
		expect(s.verdict).toBe('fail');
	});

	it('critical checks answered partial or N/A are not defects', () => {
		const p = buildPlan(catalog, buildTemplate({ criticalMode: 'fail-evaluation' }));
		const s = scoreEvaluation(
			buildEvaluation({ values: { 'B1-06': 'partial', 'B1-07': 'na' } }),
			p
		);
		expect(s.criticalDefects).toEqual([]);
		expect(s.score).toBe(50);
	});

	it('threshold boundaries are read from the shown figure: 79.996 reads 80.0 and passes, 79.94 fails', () => {
		const t = { pass: 80, excellent: 90 };
		expect(verdictOf(80, t)).toBe('pass');
		expect(verdictOf(79.996, t)).toBe('pass'); // shown as 80.0: a verdict never contradicts it
		expect(verdictOf(79.95, t)).toBe('pass');
		expect(verdictOf(79.94, t)).toBe('fail');
		expect(verdictOf(90, t)).toBe('excellent');
		expect(verdictOf(89.94, t)).toBe('pass');
		expect(verdictOf(80 - 1e-12, t)).toBe('pass'); // float noise of a weighted mean
		expect(verdictOf(null, t)).toBeNull();
	});

	it('threshold boundary through scoring: 4 of 5 met is exactly 80 → pass', () => {
		const values = {
			'A1-01': 'met',
			'A1-02': 'met',
			'A1-05': 'met',
			'A1-06': 'met',
			'C1-01': 'not-met'
		} as const;
		const pooled = buildPlan(
			catalog,
			buildTemplate({ sectionWeights: { pre: 4, in: 0, post: 1 } })
		);
		expect(scoreEvaluation(buildEvaluation({ values }), pooled).score).toBe(80);
		expect(scoreEvaluation(buildEvaluation({ values }), pooled).verdict).toBe('pass');
	});

	it('partial is reported when the template does not allow it, and still scores 0.5', () => {
		const p = buildPlan(catalog, buildTemplate({ allowPartial: false }));
		const s = scoreEvaluation(buildEvaluation({ values: { 'A1-01': 'partial' } }), p);
		expect(s.disallowedPartial).toEqual(['A1-01']);
		expect(s.score).toBe(50);
	});

	it('answers for ids outside the catalog are listed and ignored', () => {
		const s = scoreEvaluation(
			buildEvaluation({ values: { 'A1-01': 'met', 'Z9-99': 'not-met' } }),
			plan
		);
		expect(s.unknownAnswerIds).toEqual(['Z9-99']);
		expect(s.score).toBe(100);
	});
});
