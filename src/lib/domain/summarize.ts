/** Building the summary row of an evaluation: scored as it reads at a moment. */
import { catalog as appCatalog } from './catalog';
import type { Catalog } from './catalog/types';
import { trustOf } from './exchange/trust';
import type { Campaign } from './record/campaign';
import type { Evaluation } from './record/evaluation';
import { effectiveStatus, scoreAt, templateOf } from './scoring/effective';
import { followUpStatus } from './scoring/follow-up';
import type { EvaluationScore } from './scoring/score';
import { occurredAt } from './record/seoul-time';
import type { EvaluationSummary } from './summary';

/**
 * The summary row of an evaluation as it reads at `now` (effective answers and status, its
 * own template once finalized). It stays true until its first pending deadline passes: see
 * `isStale` in storage/summaries.ts.
 */
export function summaryAt(
	e: Evaluation,
	campaign: Campaign,
	now: number,
	catalog: Catalog = appCatalog
): EvaluationSummary {
	return summarize(e, campaign, scoreAt(catalog, e, campaign, now), now);
}

/** The summary row of an evaluation with a score computed by the caller (see `summaryAt`). */
export function summarize(
	e: Evaluation,
	campaign: Campaign,
	score: EvaluationScore,
	now: number
): EvaluationSummary {
	const trust = trustOf(e);
	const pendingDeadlines: number[] = [];
	const rules = {
		template: templateOf(e, campaign),
		emailAnswerStandardHours: campaign.emailAnswerStandardHours
	};
	for (const f of e.followUps) {
		const s = followUpStatus(f, rules, now);
		if (s.status === 'pending' && s.deadline !== null) pendingDeadlines.push(s.deadline);
	}
	return {
		id: e.id,
		campaignId: e.campaignId,
		centerName: campaign.center.name,
		// As it reads at `now`: an evaluation awaiting follow-ups reads final once none is pending.
		status: effectiveStatus(e, campaign, now),
		revision: e.revision,
		channel: e.channel,
		scenario: e.scenario,
		evaluator: e.evaluator,
		score: score.score,
		verdict: score.verdict,
		incomplete: score.incomplete.length,
		criticalDefects: score.criticalDefects.length,
		pendingDeadlines: pendingDeadlines.sort((a, b) => a - b),
		imported: e.origin !== undefined,
		createdAt: e.createdAt,
		updatedAt: e.updatedAt,
		...(trust === undefined ? {} : { trust }),
		occurredAt: occurredAt(e)
	};
}
