import { describe, expect, it } from 'vitest';
import { catalog } from '../catalog';
import type { AnswerValue } from '../record/common';
import { defaultTemplate } from '../record/template';
import { buildPlan } from '../scoring/plan';
import {
	agentSheetScore,
	calibrationFigures,
	agreementLevelOf,
	type RatingInput
} from './calibration';

const plan = buildPlan(catalog, defaultTemplate());

describe('agentSheetScore', () => {
	it('pools every applicable check alike when the template has no stage weights', () => {
		// 3 met + 1 partial of 4 applicable (N/A left out): 3.5 / 4 = 87.5.
		expect(
			agentSheetScore(
				{ 'S01-1': 'met', 'S01-2': 'met', 'S02-1': 'met', 'S03-1': 'partial', 'S04-1': 'na' },
				plan
			)
		).toBe(87.5);
	});

	it('is null when nothing applicable was answered, and ignores checks outside the sheet', () => {
		expect(agentSheetScore({}, plan)).toBeNull();
		expect(agentSheetScore({ 'S01-1': 'na', 'A1-01': 'met' }, plan)).toBeNull();
	});

	it('weighs stages by the template (stage S01 weight 3, S02 weight 1)', () => {
		const weighted = buildPlan(catalog, {
			...defaultTemplate(),
			stageWeights: { S01: 3, S02: 1 }
		});
		// S01: 1 of 2 = 50; S02: 2 of 2 = 100 → (50·3 + 100·1) / 4 = 62.5 (pooled it would be 75).
		const answers = {
			'S01-1': 'met',
			'S01-2': 'not-met',
			'S02-1': 'met',
			'S02-2': 'met'
		} as const;
		expect(agentSheetScore(answers, weighted)).toBe(62.5);
		expect(agentSheetScore(answers, plan)).toBe(75);
	});

	it('is 0 when a critical check is not met and the template fails the evaluation on it', () => {
		const failing = buildPlan(catalog, {
			...defaultTemplate(),
			criticalCheckIds: ['S05-1'],
			criticalMode: 'fail-evaluation'
		});
		expect(agentSheetScore({ 'S01-1': 'met', 'S05-1': 'not-met' }, failing)).toBe(0);
		expect(agentSheetScore({ 'S01-1': 'met', 'S05-1': 'met' }, failing)).toBe(100);
	});
});

/** Ratings of two raters from answer lists per contact (one check each list entry). */
function ratingsOf(
	raterId: string,
	checkId: string,
	answers: readonly (AnswerValue | undefined)[]
): RatingInput[] {
	return answers.map((value, i) => ({
		raterId,
		contactId: `c${i}`,
		answers: value === undefined ? {} : { [checkId]: value }
	}));
}

describe('calibrationFigures', () => {
	it("two raters: Cohen's kappa of the 2×2 table 20, 5, 10, 15 (κ = 0.4, 95 % [0.146, 0.654])", () => {
		const a: AnswerValue[] = [
			...Array<AnswerValue>(25).fill('met'),
			...Array<AnswerValue>(25).fill('not-met')
		];
		const b: AnswerValue[] = [
			...Array<AnswerValue>(20).fill('met'),
			...Array<AnswerValue>(5).fill('not-met'),
			...Array<AnswerValue>(10).fill('met'),
			...Array<AnswerValue>(15).fill('not-met')
		];
		const figures = calibrationFigures({
			checkIds: ['S01-1', 'S01-2'],
			contactIds: a.map((_, i) => `c${i}`),
			raterIds: ['A', 'B'],
			ratings: [...ratingsOf('A', 'S01-1', a), ...ratingsOf('B', 'S01-1', b)],
			plan
		});
		const [first, second] = figures.checks;
		expect(first!.statistic).toBe('kappa');
		expect(first!.units).toBe(50);
		expect(first!.percent).toBeCloseTo(0.7, 10);
		expect(first!.value).toBeCloseTo(0.4, 10);
		expect(first!.interval!.low).toBeCloseTo(0.146, 3);
		expect(first!.interval!.high).toBeCloseTo(0.654, 3);
		// Nobody answered S01-2: no units, no figure.
		expect(second).toMatchObject({ units: 0, percent: null, value: null });
		// Only one check was answered: the pooled figure is the same.
		expect(figures.overall.statistic).toBe('kappa');
		expect(figures.overall.value).toBeCloseTo(0.4, 10);
		expect(agreementLevelOf('kappa', first!.value)).toBe('fair');
	});

	it("a lone answer turns two raters' figure into Krippendorff's alpha (published binary case, α = 0.095)", () => {
		const bits = (s: string) => s.split(' ').map((x) => (x === '1' ? 'met' : 'not-met'));
		const a = bits('0 1 0 0 0 0 0 0 1 0') as AnswerValue[];
		const b = bits('1 1 1 0 0 1 0 0 0 0') as (AnswerValue | undefined)[];
		// An 11th contact only rater A answered: pairable values are unchanged, alpha too.
		const ratings = [
			...ratingsOf('A', 'S01-1', [...a, 'met']),
			...ratingsOf('B', 'S01-1', [...b, 'na'])
		];
		const figures = calibrationFigures({
			checkIds: ['S01-1'],
			contactIds: Array.from({ length: 11 }, (_, i) => `c${i}`),
			raterIds: ['A', 'B'],
			ratings,
			plan
		});
		expect(figures.checks[0]!.statistic).toBe('alpha');
		expect(figures.checks[0]!.units).toBe(10);
		expect(figures.checks[0]!.percent).toBeCloseTo(0.6, 10);
		expect(figures.checks[0]!.value).toBeCloseTo(0.095, 3);
		expect(agreementLevelOf('alpha', figures.checks[0]!.value)).toBe('unreliable');
	});

	it('three raters always read with alpha', () => {
		const figures = calibrationFigures({
			checkIds: ['S01-1'],
			contactIds: ['c0', 'c1'],
			raterIds: ['A', 'B', 'C'],
			ratings: [
				...ratingsOf('A', 'S01-1', ['met', 'not-met']),
				...ratingsOf('B', 'S01-1', ['met', 'not-met']),
				...ratingsOf('C', 'S01-1', ['met', 'not-met'])
			],
			plan
		});
		expect(figures.checks[0]).toMatchObject({ statistic: 'alpha', percent: 1, value: 1 });
	});

	it('per rater: deviation from the mean 총점, share within ±10 and the calibrated mark', () => {
		const four = (x: AnswerValue, y: AnswerValue, z: AnswerValue, w: AnswerValue) => ({
			'S01-1': x,
			'S01-2': y,
			'S01-3': z,
			'S01-4': w
		});
		const ratings: RatingInput[] = [
			// Contact 1: A 100, B 75 → consensus 87.5; A +12.5, B −12.5 (outside ±10).
			{ raterId: 'A', contactId: 'c1', answers: four('met', 'met', 'met', 'met') },
			{ raterId: 'B', contactId: 'c1', answers: four('met', 'met', 'met', 'not-met') },
			// Contact 2: A 100, B 87.5 → consensus 93.75; ±6.25 (within).
			{ raterId: 'A', contactId: 'c2', answers: four('met', 'met', 'met', 'met') },
			{ raterId: 'B', contactId: 'c2', answers: four('met', 'met', 'met', 'partial') },
			// Contact 3: only A scored it (B answered N/A only): no consensus, skipped.
			{ raterId: 'A', contactId: 'c3', answers: four('met', 'met', 'met', 'met') },
			{ raterId: 'B', contactId: 'c3', answers: four('na', 'na', 'na', 'na') }
		];
		const figures = calibrationFigures({
			checkIds: ['S01-1', 'S01-2', 'S01-3', 'S01-4'],
			contactIds: ['c1', 'c2', 'c3'],
			raterIds: ['A', 'B'],
			ratings,
			plan
		});
		expect(figures.contacts).toEqual([
			{ contactId: 'c1', consensus: 87.5, scores: { A: 100, B: 75 } },
			{ contactId: 'c2', consensus: 93.75, scores: { A: 100, B: 87.5 } },
			{ contactId: 'c3', consensus: null, scores: { A: 100, B: null } }
		]);
		const [a, b] = figures.raters;
		expect(a).toMatchObject({
			raterId: 'A',
			contacts: 2,
			meanDeviation: 9.375,
			meanDeviationTenths: 94,
			meanAbsoluteDeviation: 9.375,
			withinTolerance: 0.5,
			calibrated: false
		});
		expect(b).toMatchObject({
			raterId: 'B',
			contacts: 2,
			meanDeviation: -9.375,
			meanDeviationTenths: -94
		});
		// S01-4 on c1/c2: met vs not-met, met vs partial → no agreement; c3 has a lone answer.
		expect(figures.checks[3]).toMatchObject({ statistic: 'alpha', units: 2, percent: 0 });
		// Pooled over 4 checks × 3 contacts: 6 of the 8 pairable units agree; c3 has lone answers.
		expect(figures.overall.statistic).toBe('alpha');
		expect(figures.overall.units).toBe(8);
		expect(figures.overall.percent).toBeCloseTo(6 / 8, 10);
	});

	it('a rater who rated nothing has an empty line', () => {
		const figures = calibrationFigures({
			checkIds: ['S01-1'],
			contactIds: ['c0'],
			raterIds: ['A', 'B'],
			ratings: ratingsOf('A', 'S01-1', ['met']),
			plan
		});
		expect(figures.raters[1]).toEqual({
			raterId: 'B',
			contacts: 0,
			meanDeviation: null,
			meanDeviationTenths: null,
			meanAbsoluteDeviation: null,
			withinTolerance: null,
			calibrated: false
		});
		expect(figures.overall).toMatchObject({ statistic: 'alpha', units: 0, value: null });
	});
});

describe('agreementLevelOf', () => {
	it('reads kappa by Landis & Koch and alpha by the 0.8 / 0.667 rule, at the band edges', () => {
		expect(agreementLevelOf('kappa', -0.1)).toBe('poor');
		expect(agreementLevelOf('kappa', 0)).toBe('slight');
		expect(agreementLevelOf('kappa', 0.2)).toBe('slight');
		expect(agreementLevelOf('kappa', 0.41)).toBe('moderate');
		expect(agreementLevelOf('kappa', 0.8)).toBe('substantial');
		expect(agreementLevelOf('kappa', 0.81)).toBe('almost-perfect');
		expect(agreementLevelOf('alpha', 0.8)).toBe('reliable');
		expect(agreementLevelOf('alpha', 0.667)).toBe('tentative');
		expect(agreementLevelOf('alpha', 0.66)).toBe('unreliable');
		expect(agreementLevelOf('kappa', null)).toBeNull();
	});
});
