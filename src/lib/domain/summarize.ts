/** Building the summary row of an evaluation from its reading at a moment. */
import { catalog as appCatalog } from './catalog';
import type { Catalog } from './catalog/types';
import { trustOf } from './exchange/trust';
import type { Campaign } from './record/campaign';
import type { Evaluation } from './record/evaluation';
import { readingOf } from './reading/read';
import type { Reading } from './reading/reading';
import type { EvaluationSummary } from './summary';

/**
 * The summary row of an evaluation as it reads at `now` (see `readRecord`). It stays true
 * until its first pending deadline passes: see `isStale` in summary.ts.
 */
export function summaryAt(
	e: Evaluation,
	campaign: Campaign,
	now: number,
	catalog: Catalog = appCatalog
): EvaluationSummary {
	return summaryOf(e, campaign, readingOf(e, campaign, now, catalog));
}

/** The summary row of an evaluation: its reading and what a list shows beside it. */
export function summaryOf(
	e: Evaluation,
	campaign: Pick<Campaign, 'center'>,
	r: Reading
): EvaluationSummary {
	const trust = trustOf(e);
	return {
		id: e.id,
		campaignId: e.campaignId,
		centerName: campaign.center.name,
		status: r.status,
		revision: e.revision,
		channel: e.channel,
		scenario: e.scenario,
		...(e.scenarioId === undefined ? {} : { scenarioId: e.scenarioId }),
		evaluator: e.evaluator,
		score: r.score,
		verdict: r.verdict,
		incomplete: r.incomplete,
		criticalDefects: r.criticalDefects,
		pendingDeadlines: r.pendingDeadlines,
		imported: e.origin !== undefined,
		createdAt: e.createdAt,
		updatedAt: e.updatedAt,
		...(trust === undefined ? {} : { trust }),
		occurredAt: r.occurredAt,
		timeSlot: r.timeSlot,
		weekday: r.weekday
	};
}
