/**
 * Aggregates many evaluations into the auditor's statistics. Each record is read once by
 * `readRecord` (domain/reading: under its own template, at an instant); here its reading's
 * status, slot and follow-ups are counted and its score's answer codes summed, check by check,
 * in typed arrays. Nothing is scored again here. Rules: docs/scoring.md.
 */
import type { Campaign } from '../record/campaign';
import { sections, type Reason, type Section } from '../record/common';
import type { Evaluation } from '../record/evaluation';
import { readRecord, type ReadRecord } from '../reading/read';
import type { FollowUpTally } from '../reading/reading';
import { CODE, type ScoringPlan } from '../scoring/plan';
import { roundScore } from '../scoring/format-score';
import { compileFilter, type AggregateFilter } from './filter';
import { auditVerdict, type AuditVerdict } from './service-audit';
import { quantileSorted, rate, summarise, type Rate, type Summary } from './stats';
import { trendBy, type TrendPoint } from './trend';

/** An evaluation as read by `readRecord`: its effective record, score and reading. */
export type ScoredEvaluation = ReadRecord;

export interface AggregateContext {
	/**
	 * The campaign's current plan: which checks, sections and audit items are reported, and
	 * the service-level rule. Each record's own figures come from its reading.
	 */
	plan: ScoringPlan;
	/** Campaigns by id: the rules `aggregateEvaluations` reads records under. */
	campaigns?: ReadonlyMap<string, Campaign>;
	/** The instant the records are read at (`aggregateEvaluations`). */
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

/** Reads every evaluation at `ctx.now`, then aggregates (the honest cost without a cache). */
export function aggregateEvaluations(
	evaluations: readonly Evaluation[],
	ctx: AggregateContext
): AggregateResult {
	const { plan } = ctx;
	return aggregate(
		evaluations.map((e) =>
			readRecord(e, ctx.campaigns?.get(e.campaignId) ?? plan, ctx.now, plan.catalog)
		),
		ctx
	);
}

/** Aggregates read evaluations over the context's filter: their readings, never rescored. */
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

	for (const { evaluation: e, score: s, reading: r } of items) {
		if (!matches(e, r)) continue;
		counts.total++;
		if (r.status === 'draft') counts.draft++;
		else if (r.status === 'final') counts.final++;
		else counts.awaitingFollowUp++;
		if (!r.countsInReports) continue;
		counts.scored++;

		// The answer codes are indexed by the catalog's checks, the same in every plan of it.
		const codes = s.codes;
		for (let i = 0, o = 2; i < nChecks; i++, o += 5) hist[o + codes[i]!]!++;
		if (r.score !== null) {
			times[nOverall] = r.occurredAt;
			// Statistics start from the figure every screen shows, so a mean of one 79.996 is 80.0.
			overall[nOverall++] = roundScore(r.score);
			if (r.verdict) verdicts[r.verdict]++;
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

		addTally(fu.callback, r.followUps.callback);
		addTally(fu.email, r.followUps.email);
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

const fuAcc = (): FollowUpTally => ({ met: 0, notMet: 0, pending: 0, unknownStandard: 0 });

function addTally(into: FollowUpTally, t: FollowUpTally): void {
	into.met += t.met;
	into.notMet += t.notMet;
	into.pending += t.pending;
	into.unknownStandard += t.unknownStandard;
}

function fuRate(a: FollowUpTally): FollowUpRate {
	return {
		...rate(a.met, a.met + a.notMet),
		pending: a.pending,
		unknownStandard: a.unknownStandard
	};
}
