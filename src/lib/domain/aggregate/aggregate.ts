/**
 * Aggregates many evaluations into the auditor's statistics. Per-evaluation work is done once
 * by `scoreEvaluation` (callers may cache it); here only the answer codes are summed, check by
 * check, in typed arrays. Rules: docs/scoring.md.
 */
import type { Campaign } from '../record/campaign';
import { sections, type Reason, type Section } from '../record/common';
import type { Evaluation } from '../record/evaluation';
import { followUpStatus } from '../scoring/follow-up';
import { CODE, type ScoringPlan } from '../scoring/plan';
import { roundScore } from '../scoring/format-score';
import { scoreEvaluation, type EvaluationScore } from '../scoring/score';
import { countsInReports } from '../report-set';
import { compileFilter, type AggregateFilter } from './filter';
import { auditVerdict, type AuditVerdict } from './service-audit';
import { quantileSorted, rate, summarise, type Rate, type Summary } from './stats';
import { trendBy, type TrendPoint } from './trend';

/** An evaluation with its score, as cached by the caller. */
export interface ScoredEvaluation {
	evaluation: Evaluation;
	score: EvaluationScore;
}

export interface AggregateContext {
	/** Governs thresholds, service level and the audit rule; stale scores are recomputed. */
	plan: ScoringPlan;
	/** Campaigns by id, for e-mail standards and follow-up tolerances. */
	campaigns?: ReadonlyMap<string, Campaign>;
	/** The instant follow-ups are judged at (pending vs overdue). */
	now: number;
	filter?: AggregateFilter;
}

export interface CheckRate extends Rate {
	notMet: number;
}

export interface FollowUpRate extends Rate {
	pending: number;
	unknownStandard: number;
}

export interface ServiceAuditEvidence {
	id: string;
	section: Section;
	evidence: Rate;
	notMet: number;
	criticalDefects: number;
	verdict: AuditVerdict;
	reason: Reason;
}

export interface AggregateResult {
	counts: { total: number; draft: number; awaitingFollowUp: number; final: number; scored: number };
	overall: Summary;
	agentTotal: Summary;
	verdicts: { excellent: number; pass: number; fail: number };
	/** Share of scored evaluations whose verdict is pass or excellent. */
	passRate: Rate;
	sections: Record<Section, Rate>;
	stages: Record<string, Rate>;
	groups: Record<string, Rate>;
	checks: Record<string, CheckRate>;
	ivr: {
		timeToAgent: { n: number; medianSeconds: number | null; p90Seconds: number | null };
		serviceLevel: Rate;
	};
	followUps: { callback: FollowUpRate; email: FollowUpRate };
	/** Evaluations with a critical defect among those answering a critical check. */
	critical: Rate;
	trend: { week: TrendPoint[]; month: TrendPoint[] };
	serviceAudit: ServiceAuditEvidence[];
}

/** Scores every evaluation, then aggregates (the honest cost without a cache). */
export function aggregateEvaluations(
	evaluations: readonly Evaluation[],
	ctx: AggregateContext
): AggregateResult {
	return aggregate(
		evaluations.map((evaluation) => ({ evaluation, score: scoreEvaluation(evaluation, ctx.plan) })),
		ctx
	);
}

/** Aggregates pre-scored evaluations over the context's filter. */
export function aggregate(
	items: readonly ScoredEvaluation[],
	ctx: AggregateContext
): AggregateResult {
	const { plan } = ctx;
	const t = plan.template;
	const matches = compileFilter(ctx.filter ?? {});
	const nChecks = plan.checkIds.length;
	// Histogram of answer codes per check: hist[i * 5 + code + 2]. One branch-free increment per
	// answer is the whole hot loop; earned / possible / not met are derived from it afterwards.
	const hist = new Int32Array(nChecks * 5);
	const criticalIdx = plan.checkIds.map((_, i) => i).filter((i) => plan.critical[i]);
	const overall = new Float64Array(items.length);
	const times = new Float64Array(items.length);
	const agent = new Float64Array(items.length);
	const tta = new Float64Array(items.length);
	let nOverall = 0,
		nAgent = 0,
		nTta = 0,
		slN = 0,
		slOk = 0,
		critN = 0,
		critDefect = 0;
	const counts = { total: 0, draft: 0, awaitingFollowUp: 0, final: 0, scored: 0 };
	const verdicts = { excellent: 0, pass: 0, fail: 0 };
	const fu = { callback: fuAcc(), email: fuAcc() };
	const slMs = t.ivr.serviceLevelSeconds * 1000;

	for (const item of items) {
		const e = item.evaluation;
		const s = item.score.planKey === plan.key ? item.score : scoreEvaluation(e, plan);
		if (!matches(e, s.occurredAt)) continue;
		counts.total++;
		if (e.status === 'draft') counts.draft++;
		else if (e.status === 'final') counts.final++;
		else counts.awaitingFollowUp++;
		if (!countsInReports(e.status)) continue;
		counts.scored++;

		const codes = s.codes;
		for (let i = 0, o = 2; i < nChecks; i++, o += 5) hist[o + codes[i]!]!++;
		if (s.score !== null) {
			times[nOverall] = s.occurredAt;
			// Statistics start from the figure every screen shows, so a mean of one 79.996 is 80.0.
			overall[nOverall++] = roundScore(s.score);
			if (s.verdict) verdicts[s.verdict]++;
		}
		if (s.agentTotal !== null) agent[nAgent++] = roundScore(s.agentTotal);

		let critAnswered = false;
		for (const i of criticalIdx) if (codes[i]! >= 0) critAnswered = true;
		if (critAnswered) {
			critN++;
			if (s.criticalDefects.length > 0) critDefect++;
		}

		const m = s.ivr;
		if (m.timeToAgentMs !== null) {
			tta[nTta++] = m.timeToAgentMs / 1000;
			slN++;
			if (m.timeToAgentMs <= slMs) slOk++;
		} else if (m.ended && !m.agentReached && (m.agentRequested || m.droppedByMachine)) {
			slN++; // lost in the IVR: counts against the service level, as in KS 2008 abandonment
		}

		if (e.followUps.length > 0) {
			const campaign = ctx.campaigns?.get(e.campaignId) ?? { template: t };
			for (const f of e.followUps) {
				const st = followUpStatus(f, campaign, ctx.now).status;
				const acc = fu[f.kind];
				if (st === 'met') acc.met++;
				else if (st === 'not-met') acc.notMet++;
				else if (st === 'pending') acc.pending++;
				else acc.unknown++;
			}
		}
	}

	const earned = new Float64Array(nChecks);
	const possible = new Float64Array(nChecks);
	const notMet = new Float64Array(nChecks);
	for (let i = 0; i < nChecks; i++) {
		const b = i * 5 + 2;
		const nm = hist[b + CODE.NOT_MET]!,
			pa = hist[b + CODE.PARTIAL]!,
			me = hist[b + CODE.MET]!;
		notMet[i] = nm;
		possible[i] = nm + pa + me;
		earned[i] = me + pa * 0.5;
	}
	const sumOver = (pick: (i: number) => boolean) => {
		let eSum = 0,
			pSum = 0;
		for (let i = 0; i < nChecks; i++) {
			if (!pick(i)) continue;
			eSum += earned[i]!;
			pSum += possible[i]!;
		}
		return rate(eSum, pSum);
	};
	const checks: Record<string, CheckRate> = {};
	plan.checkIds.forEach(
		(id, i) => (checks[id] = { ...rate(earned[i]!, possible[i]!), notMet: notMet[i]! })
	);
	const stages: Record<string, Rate> = {};
	plan.stageIds.forEach((id, si) => (stages[id] = sumOver((i) => plan.stage[i] === si)));
	const groups: Record<string, Rate> = {};
	plan.groupIds.forEach((id, gi) => (groups[id] = sumOver((i) => plan.group[i] === gi)));
	const bySection = {} as Record<Section, Rate>;
	sections.forEach((sec, si) => (bySection[sec] = sumOver((i) => plan.section[i] === si)));

	const ttaSorted = tta.subarray(0, nTta).sort();
	const passed = verdicts.pass + verdicts.excellent;
	const trendScores = overall.slice(0, nOverall);
	const trendTimes = times.slice(0, nOverall);
	return {
		counts,
		overall: summarise(overall, nOverall),
		agentTotal: summarise(agent, nAgent),
		verdicts,
		passRate: rate(passed, nOverall),
		sections: bySection,
		stages,
		groups,
		checks,
		ivr: {
			timeToAgent: {
				n: nTta,
				medianSeconds: quantileSorted(ttaSorted, 0.5),
				p90Seconds: quantileSorted(ttaSorted, 0.9)
			},
			serviceLevel: rate(slOk, slN)
		},
		followUps: { callback: fuRate(fu.callback), email: fuRate(fu.email) },
		critical: rate(critDefect, critN),
		trend: {
			week: trendBy(trendTimes, trendScores, nOverall, 'week'),
			month: trendBy(trendTimes, trendScores, nOverall, 'month')
		},
		serviceAudit: serviceAuditEvidence(plan, earned, possible, notMet)
	};
}

function serviceAuditEvidence(
	plan: ScoringPlan,
	earned: Float64Array,
	possible: Float64Array,
	notMet: Float64Array
): ServiceAuditEvidence[] {
	return plan.catalog.serviceAudit.map((item) => {
		let eSum = 0,
			pSum = 0,
			nm = 0,
			crit = 0;
		for (const id of item.evidenceCheckIds) {
			const i = plan.index.get(id);
			if (i === undefined) continue;
			eSum += earned[i]!;
			pSum += possible[i]!;
			nm += notMet[i]!;
			if (plan.critical[i]) crit += notMet[i]!;
		}
		const evidence = rate(eSum, pSum);
		const { verdict, reason } = auditVerdict(evidence, crit, plan.template.audit);
		return {
			id: item.id,
			section: item.section,
			evidence,
			notMet: nm,
			criticalDefects: crit,
			verdict,
			reason
		};
	});
}

const fuAcc = () => ({ met: 0, notMet: 0, pending: 0, unknown: 0 });

function fuRate(a: ReturnType<typeof fuAcc>): FollowUpRate {
	return { ...rate(a.met, a.met + a.notMet), pending: a.pending, unknownStandard: a.unknown };
}
