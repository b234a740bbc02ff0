/**
 * The figures of a closed calibration session, from the raters' answers to the agent sheet
 * (참고 2): per check and over every check pooled, the percent agreement and Cohen's kappa
 * (two raters, no lone answer) or Krippendorff's alpha (more raters, or missing answers);
 * per rater, their 총점 per contact against the session's consensus (the mean of the raters'
 * 총점). Rules: docs/scoring.md "Calibration sessions".
 */
import { answerCredit, type AnswerValue } from '../record/common';
import { roundScore } from '../scoring/format-score';
import { meanOfFigures, pointsOf, type Tenths } from '../scoring/tenths';
import type { ScoringPlan } from '../scoring/plan';
import { weightedMean } from '../scoring/score';
import {
	cohensKappa,
	krippendorffAlpha,
	percentAgreement,
	raterCalibration,
	type RaterCalibration,
	type Rating,
	type RatingMatrix
} from './agreement';
import type { CalibrationAnswers, CheckAgreement } from './calibration-wire';

/** One rater's answers to one contact. */
export interface RatingInput {
	raterId: string;
	contactId: string;
	answers: CalibrationAnswers;
}

export interface CalibrationInput {
	/** The checks rated, in sheet order (the agent sheet's check ids). */
	checkIds: readonly string[];
	contactIds: readonly string[];
	raterIds: readonly string[];
	ratings: readonly RatingInput[];
	/** The campaign's scoring plan: its template turns answers into a 총점. */
	plan: ScoringPlan;
	/** Points a rater may be from the consensus and still agree (the QA tools' ±10). */
	tolerance?: number;
}

/** One rater's figures against the consensus (see `RaterCalibration`), named by member id. */
export type RaterScores = Omit<RaterCalibration, 'rater'> & { raterId: string };

export interface CalibrationFigures {
	overall: CheckAgreement;
	checks: CheckAgreement[];
	raters: RaterScores[];
	contacts: {
		contactId: string;
		consensus: number | null;
		scores: Record<string, number | null>;
	}[];
}

/**
 * The agent sheet's 총점 (0–100, one decimal) of one rater's answers, by the campaign's template:
 * met 1, partial 0.5, not met 0, N/A and unanswered left out; the template's stage weights
 * (or every check alike when it has none); 0 when a critical check is not met and the template
 * fails the evaluation on it. Null when nothing applicable was answered.
 */
export function agentSheetScore(answers: CalibrationAnswers, plan: ScoringPlan): number | null {
	const stages = plan.stageIds.length;
	const earned = new Array<number>(stages).fill(0);
	const possible = new Array<number>(stages).fill(0);
	let allEarned = 0;
	let allPossible = 0;
	let criticalDefect = false;
	for (const [id, value] of Object.entries(answers)) {
		const i = plan.index.get(id);
		const e = answerCredit[value];
		if (i === undefined || e === null) continue;
		const stage = plan.stage[i]!;
		if (stage < 0) continue;
		earned[stage]! += e;
		possible[stage]! += 1;
		allEarned += e;
		allPossible += 1;
		if (value === 'not-met' && plan.critical[i]) criticalDefect = true;
	}
	if (allPossible === 0) return null;
	const total = plan.pooledStages
		? (allEarned * 100) / allPossible
		: weightedMean(
				earned.map((e, s) => (possible[s]! > 0 ? (e * 100) / possible[s]! : null)),
				Array.from(plan.stageWeight)
			);
	if (total === null) return null;
	if (criticalDefect && plan.template.criticalMode === 'fail-evaluation') return 0;
	return roundScore(total);
}

/** An answer as a rating: N/A and unanswered are missing (null). */
const ratingOf = (value: AnswerValue | undefined): Rating =>
	value === undefined || value === 'na' ? null : value;

/**
 * The agreement over a units × raters matrix: Cohen's kappa when there are exactly two raters
 * and no unit has a lone answer (one rater answered, the other did not or said N/A); Krippendorff's
 * alpha (nominal) otherwise. Units nobody answered are left out of both.
 */
export function agreementOf(
	checkId: string | null,
	matrix: RatingMatrix,
	raters: number
): CheckAgreement {
	const answered = matrix.filter((row) => row.some((v) => v !== null && v !== undefined));
	const percent = percentAgreement(answered);
	const lone = answered.some((row) => row.filter((v) => v !== null && v !== undefined).length < 2);
	if (raters === 2 && !lone) {
		const k = cohensKappa(
			answered.map((row) => row[0] ?? null),
			answered.map((row) => row[1] ?? null)
		);
		return {
			checkId,
			units: percent.units,
			percent: percent.value,
			statistic: 'kappa',
			value: k.kappa,
			interval: k.interval
		};
	}
	const a = krippendorffAlpha(answered, 'nominal');
	return {
		checkId,
		units: percent.units,
		percent: percent.value,
		statistic: 'alpha',
		value: a.alpha,
		interval: a.interval
	};
}

/** Every figure of a session from its ratings (a rater's later rating of a contact wins). */
export function calibrationFigures(input: CalibrationInput): CalibrationFigures {
	const { checkIds, contactIds, raterIds, plan } = input;
	const byKey = new Map<string, CalibrationAnswers>();
	for (const r of input.ratings) byKey.set(`${r.raterId}\u0000${r.contactId}`, r.answers);
	const answersOf = (rater: string, contact: string) => byKey.get(`${rater}\u0000${contact}`);

	const matrixFor = (checks: readonly string[]): Rating[][] =>
		checks.flatMap((check) =>
			contactIds.map((contact) =>
				raterIds.map((rater) => ratingOf(answersOf(rater, contact)?.[check]))
			)
		);
	const checks = checkIds.map((id) => agreementOf(id, matrixFor([id]), raterIds.length));
	const overall = agreementOf(null, matrixFor(checkIds), raterIds.length);

	const scores = new Map<string, Map<string, number>>();
	const consensus = new Map<string, Tenths>();
	const contacts = contactIds.map((contact) => {
		const row: Record<string, number | null> = {};
		const given: number[] = [];
		for (const rater of raterIds) {
			const answers = answersOf(rater, contact);
			const score = answers ? agentSheetScore(answers, plan) : null;
			row[rater] = score;
			if (score === null) continue;
			given.push(score);
			let mine = scores.get(rater);
			if (!mine) scores.set(rater, (mine = new Map()));
			mine.set(contact, score);
		}
		// A consensus needs two scores: a lone rater would only agree with themselves. It is the
		// exact mean of one-decimal scores, kept as tenths for the ±10 rule.
		const mean = given.length >= 2 ? meanOfFigures(given) : null;
		if (mean !== null) consensus.set(contact, mean);
		return { contactId: contact, consensus: mean && pointsOf(mean), scores: row };
	});
	const lines = new Map(
		raterCalibration(scores, consensus, input.tolerance ?? 10).map((c) => [c.rater, c])
	);
	const raters = raterIds.map((raterId): RaterScores => {
		const c = lines.get(raterId);
		return {
			raterId,
			contacts: c?.contacts ?? 0,
			meanDeviation: c?.meanDeviation ?? null,
			meanDeviationTenths: c?.meanDeviationTenths ?? null,
			meanAbsoluteDeviation: c?.meanAbsoluteDeviation ?? null,
			withinTolerance: c?.withinTolerance ?? null,
			calibrated: c?.calibrated ?? false
		};
	});
	return { overall, checks, raters, contacts };
}

export type AgreementLevel =
	| 'poor'
	| 'slight'
	| 'fair'
	| 'moderate'
	| 'substantial'
	| 'almost-perfect'
	| 'reliable'
	| 'tentative'
	| 'unreliable';

/**
 * How a figure reads: kappa by Landis & Koch (1977) — below 0 poor, to 0.20 slight, 0.40 fair,
 * 0.60 moderate, 0.80 substantial, above almost perfect; alpha by Krippendorff (2004) — 0.8 and
 * above reliable, 0.667 and above tentative, below unreliable. Null without a value.
 */
export function agreementLevelOf(
	statistic: 'kappa' | 'alpha',
	value: number | null
): AgreementLevel | null {
	if (value === null) return null;
	if (statistic === 'alpha') {
		if (value >= 0.8) return 'reliable';
		if (value >= 0.667) return 'tentative';
		return 'unreliable';
	}
	if (value < 0) return 'poor';
	if (value <= 0.2) return 'slight';
	if (value <= 0.4) return 'fair';
	if (value <= 0.6) return 'moderate';
	if (value <= 0.8) return 'substantial';
	return 'almost-perfect';
}
