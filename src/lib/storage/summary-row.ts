/** The summary row written beside an evaluation by imports and conflict resolutions. */
import { catalog } from '$lib/domain/catalog';
import type { Campaign, Evaluation } from '$lib/domain/record';
import { scoreAt } from '$lib/domain/scoring';
import { summarize } from '$lib/domain/summarize';
import type { EvaluationSummary } from '$lib/domain/summary';

/** The summary row of an evaluation: its effective score, under its own template once final. */
export function summaryOf(e: Evaluation, campaign: Campaign, now: number): EvaluationSummary {
	return summarize(e, campaign, scoreAt(catalog, e, campaign, now), now);
}
