/**
 * Scores one evaluation: met 1, partial 0.5, not met 0; N/A leaves earned and possible alone;
 * unanswered checks are reported, never scored. Rules and worked examples: docs/scoring.md.
 */
import type { Section } from '../record/common';
import type { Evaluation } from '../record/evaluation';
import { occurredAt } from '../record/seoul-time';
import { roundScore } from './format-score';
import { countedIvrEvents, ivrMetrics, type IvrMetrics } from './ivr';
import { ANSWER_CODE, CODE, IN_PARTS, type InPart, type ScoringPlan } from './plan';

export interface PartScore {
	earned: number;
	possible: number;
	/** earned / possible × 100, or null when nothing applicable was answered. */
	score: number | null;
}

export type Verdict = 'excellent' | 'pass' | 'fail';

export interface EvaluationScore {
	planKey: string;
	evaluationId: string;
	/**
	 * Overall service score 0–100, rounded to one decimal (0 when a critical defect fails the
	 * evaluation): the figure every screen and file shows, and the one the verdict is read from.
	 */
	score: number | null;
	reason: 'no-applicable-checks' | null;
	verdict: Verdict | null;
	/** The score before a critical defect zeroed it. */
	uncappedScore: number | null;
	sections: Record<Section, PartScore>;
	/** The parts of 'in': IVR (B1), agent sheet (총점), other B groups. */
	inParts: Record<InPart, PartScore>;
	/** 참고 2 총점 on 100 with the template's stage weights. */
	agentTotal: number | null;
	stages: Record<string, PartScore>;
	groups: Record<string, PartScore>;
	/** Expected checks without an answer, in catalog order. */
	incomplete: string[];
	/** Answer keys that are not in the catalog (ignored in scores). */
	unknownAnswerIds: string[];
	/** 'partial' answers when the template does not allow partial. */
	disallowedPartial: string[];
	/** Critical checks answered 'not met'. */
	criticalDefects: string[];
	failedByCritical: boolean;
	/** Per plan check index: an answer CODE. Aggregation reads only this. */
	codes: Int8Array;
	occurredAt: number;
	ivr: IvrMetrics;
}

/** Float tolerance for verdicts so 80 computed as 79.999999999 still passes; 79.99 fails. */
const EPS = 1e-9;

const part = (earned: number, possible: number): PartScore => ({
	earned,
	possible,
	score: possible > 0 ? (earned * 100) / possible : null
});

/** Weighted mean of the non-null scores; weights of missing scores drop out. */
export function weightedMean(scores: (number | null)[], weights: number[]): number | null {
	let sum = 0;
	let w = 0;
	for (let i = 0; i < scores.length; i++) {
		const s = scores[i];
		const wi = weights[i] ?? 0;
		if (s === null || s === undefined || wi <= 0) continue;
		sum += s * wi;
		w += wi;
	}
	return w > 0 ? sum / w : null;
}

/**
 * 'excellent' ≥ excellent, 'pass' ≥ pass, else 'fail' (null score → null), read from the
 * score as shown (rounded to one decimal), so a figure beside a verdict never contradicts it.
 */
export function verdictOf(
	score: number | null,
	t: { pass: number; excellent: number }
): Verdict | null {
	if (score === null) return null;
	score = roundScore(score);
	if (score >= t.excellent - EPS) return 'excellent';
	if (score >= t.pass - EPS) return 'pass';
	return 'fail';
}

/** Adds one applicable answer to bucket `k` (a section, part, group or stage; -1 = none). */
function count(earned: number[], possible: number[], k: number, points: number): void {
	if (k < 0) return;
	earned[k]! += points;
	possible[k]! += 1;
}

/** Scores an evaluation against a plan; the result can be cached until the evaluation changes. */
export function scoreEvaluation(e: Evaluation, plan: ScoringPlan): EvaluationScore {
	const n = plan.checkIds.length;
	const codes = new Int8Array(n);
	const nG = plan.groupIds.length;
	const nS = plan.stageIds.length;
	// Plain number arrays: small typed arrays cost more to allocate than they save here.
	const zeros = (k: number): number[] => new Array<number>(k).fill(0);
	const sE = [0, 0, 0],
		sP = [0, 0, 0],
		pE = [0, 0, 0],
		pP = [0, 0, 0];
	const gE = zeros(nG),
		gP = zeros(nG),
		tE = zeros(nS),
		tP = zeros(nS);
	const expected = plan.expected[e.channel];
	const incomplete: string[] = [];
	const criticalDefects: string[] = [];
	const disallowedPartial: string[] = [];
	const answers = e.answers;
	let matched = 0;
	for (let i = 0; i < n; i++) {
		const id = plan.checkIds[i]!;
		const a = answers[id];
		if (a === undefined) {
			codes[i] = CODE.UNANSWERED;
			if (expected[i]) incomplete.push(id);
			continue;
		}
		matched++;
		const c = ANSWER_CODE[a.value];
		codes[i] = c;
		if (c === CODE.NA) continue;
		const earned = c * 0.5;
		count(sE, sP, plan.section[i]!, earned);
		count(pE, pP, plan.inPart[i]!, earned);
		count(gE, gP, plan.group[i]!, earned);
		count(tE, tP, plan.stage[i]!, earned);
		if (c === CODE.NOT_MET && plan.critical[i]) criticalDefects.push(id);
		if (c === CODE.PARTIAL && !plan.template.allowPartial) disallowedPartial.push(id);
	}
	const t = plan.template;
	const stages: Record<string, PartScore> = {};
	const stageScores: (number | null)[] = [];
	plan.stageIds.forEach((id, i) => {
		stages[id] = part(tE[i]!, tP[i]!);
		stageScores.push(stages[id].score);
	});
	const agentTotal = plan.pooledStages
		? part(pE[1]!, pP[1]!).score
		: weightedMean(stageScores, Array.from(plan.stageWeight));
	const inParts = {} as Record<InPart, PartScore>;
	IN_PARTS.forEach((k, i) => (inParts[k] = part(pE[i]!, pP[i]!)));
	inParts.agent.score = agentTotal;
	const w = t.inPartWeights;
	const inScore = weightedMean(
		[inParts.ivr.score, agentTotal, inParts.other.score],
		[w.ivr, w.agent, w.other]
	);
	const sections: Record<Section, PartScore> = {
		pre: part(sE[0]!, sP[0]!),
		in: { ...part(sE[1]!, sP[1]!), score: inScore },
		post: part(sE[2]!, sP[2]!)
	};
	const sw = t.sectionWeights;
	const uncapped = weightedMean(
		[sections.pre.score, sections.in.score, sections.post.score],
		[sw.pre, sw.in, sw.post]
	);
	const failedByCritical = t.criticalMode === 'fail-evaluation' && criticalDefects.length > 0;
	const score = failedByCritical ? 0 : uncapped === null ? null : roundScore(uncapped);
	const groups: Record<string, PartScore> = {};
	plan.groupIds.forEach((id, i) => (groups[id] = part(gE[i]!, gP[i]!)));
	const keys = Object.keys(answers);
	const unknownAnswerIds = keys.length === matched ? [] : keys.filter((id) => !plan.index.has(id));
	return {
		planKey: plan.key,
		evaluationId: e.id,
		score,
		reason: uncapped === null ? 'no-applicable-checks' : null,
		verdict: verdictOf(score, t.thresholds),
		uncappedScore: uncapped,
		sections,
		inParts,
		agentTotal,
		stages,
		groups,
		incomplete,
		unknownAnswerIds,
		disallowedPartial,
		criticalDefects,
		failedByCritical,
		codes,
		occurredAt: occurredAt(e),
		ivr: ivrMetrics(countedIvrEvents(e.ivr.events), t)
	};
}

/** Problems that block finalising: unanswered expected checks and disallowed partials. */
export function finaliseIssues(
	s: EvaluationScore
): { checkId: string; problem: 'unanswered' | 'partial-not-allowed' }[] {
	return [
		...s.incomplete.map((checkId) => ({ checkId, problem: 'unanswered' as const })),
		...s.disallowedPartial.map((checkId) => ({ checkId, problem: 'partial-not-allowed' as const }))
	];
}
