/**
 * Reading a record: the one function every derived figure of an evaluation comes from. The
 * phone's summary rows, its reports, scorecards and exports, and the server's reading columns
 * and tallies all call it; nothing else scores a record or decides its status, slot or weekday.
 */
import { catalog as appCatalog } from '../catalog';
import type { Catalog } from '../catalog/types';
import type { Evaluation } from '../record/evaluation';
import { contactSlot, contactWeekday } from '../record/seoul-time';
import { countsInReports } from './report-set';
import { effectiveEvaluation, planFor, rulesOf, type CampaignRules } from '../scoring/effective';
import { followUpStatus } from '../scoring/follow-up';
import type { ScoringPlan } from '../scoring/plan';
import { scoreEvaluation, type EvaluationScore } from '../scoring/score';
import type { FollowUpTally, Reading } from './reading';

/** A record as it reads at an instant: what reports, scorecards and the stored rows hold. */
export interface ReadRecord {
	/** The record with its follow-up outcomes derived and its status resolved at the instant. */
	evaluation: Evaluation;
	/** The plan it is scored with: its own template once finalized, else the campaign's. */
	plan: ScoringPlan;
	/** The full score (per check codes, parts, IVR metrics) behind the reading's figures. */
	score: EvaluationScore;
	reading: Reading;
}

const tally = (): FollowUpTally => ({ met: 0, notMet: 0, pending: 0, unknownStandard: 0 });

/**
 * Reads a record at `now` under its campaign's rules: a finalized record under the template it
 * was finalized with (`scoredWith`), never the campaign's current one; a draft under the
 * campaign's. The result holds until `reading.changesAfter` (see `isDue`).
 */
export function readRecord(
	e: Evaluation,
	campaign: CampaignRules,
	now: number,
	catalog: Catalog = appCatalog
): ReadRecord {
	const evaluation = effectiveEvaluation(e, campaign, now);
	const plan = planFor(catalog, e, campaign);
	const score = scoreEvaluation(evaluation, plan);
	const rules = rulesOf(e, campaign);
	const followUps = { callback: tally(), email: tally() };
	const pendingDeadlines: number[] = [];
	for (const f of e.followUps) {
		const s = followUpStatus(f, rules, now);
		const t = followUps[f.kind];
		if (s.status === 'met') t.met++;
		else if (s.status === 'not-met') t.notMet++;
		else if (s.status === 'unknown-standard') t.unknownStandard++;
		else {
			t.pending++;
			if (s.deadline !== null) pendingDeadlines.push(s.deadline);
		}
	}
	pendingDeadlines.sort((a, b) => a - b);
	return {
		evaluation,
		plan,
		score,
		reading: {
			planKey: plan.key,
			status: evaluation.status,
			countsInReports: countsInReports(evaluation.status),
			score: score.score,
			verdict: score.verdict,
			incomplete: score.incomplete.length,
			criticalDefects: score.criticalDefects.length,
			occurredAt: score.occurredAt,
			timeSlot: contactSlot(e),
			weekday: contactWeekday(e),
			followUps,
			pendingDeadlines,
			changesAfter: pendingDeadlines[0] ?? null
		}
	};
}

/** The reading alone (see `readRecord`). */
export function readingOf(
	e: Evaluation,
	campaign: CampaignRules,
	now: number,
	catalog: Catalog = appCatalog
): Reading {
	return readRecord(e, campaign, now, catalog).reading;
}
