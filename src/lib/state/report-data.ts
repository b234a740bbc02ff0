/**
 * Loads what reports need: campaigns with their evaluations, each scored once under its
 * campaign's plan. The dashboard, audit view and scorecards all read through here so every
 * screen shows the same numbers.
 */
import { catalog } from '$lib/domain/catalog';
import type { Campaign, Evaluation } from '$lib/domain/record';
import {
	effectiveEvaluation,
	planFor,
	scoreEvaluation,
	type EvaluationScore,
	type ScoringPlan
} from '$lib/domain/scoring';
import { getCampaign, listCampaigns } from '$lib/storage/campaigns';
import { getEvaluation, listEvaluations, planOf } from '$lib/storage/evaluations';
import { mapInSlices, yieldToMain } from '$lib/storage/slices';

export interface ScoredEvaluation {
	/** The evaluation as it reads now: follow-up outcomes derived, status resolved. */
	evaluation: Evaluation;
	/** Its score under the template it was finalized with (drafts: the campaign's). */
	score: EvaluationScore;
}

/** What one stored evaluation reads at `now`: the one rule every report uses. */
export function scoredAt(e: Evaluation, campaign: Campaign, now: number): ScoredEvaluation {
	const evaluation = effectiveEvaluation(e, campaign, now);
	return { evaluation, score: scoreEvaluation(evaluation, planFor(catalog, e, campaign)) };
}

export interface CampaignReport {
	campaign: Campaign;
	plan: ScoringPlan;
	items: ScoredEvaluation[];
}

/** One campaign with its evaluations scored; undefined when the campaign does not exist. */
export async function loadCampaignReport(campaignId: string): Promise<CampaignReport | undefined> {
	const campaign = await getCampaign(campaignId);
	if (!campaign) return undefined;
	const plan = planOf(campaign);
	const evaluations = await listEvaluations(campaignId);
	return { campaign, plan, items: await scoreAll(evaluations, campaign) };
}

/** Every campaign with its evaluations scored, by center name. */
export async function loadAllCampaignReports(): Promise<CampaignReport[]> {
	const campaigns = await listCampaigns();
	const all = await listEvaluations();
	const reports: CampaignReport[] = [];
	for (const campaign of campaigns) {
		const plan = planOf(campaign);
		const own = all.filter((e) => e.campaignId === campaign.id);
		reports.push({ campaign, plan, items: await scoreAll(own, campaign) });
	}
	return reports;
}

/**
 * Scores in slices: a thousand evaluations never hold the main thread in one long task. It
 * ends with a yield, so the page that shows the report renders in a task of its own rather
 * than in the tail of the last slice.
 */
async function scoreAll(evaluations: readonly Evaluation[], campaign: Campaign) {
	const now = Date.now();
	const items = await mapInSlices(evaluations, (e) => scoredAt(e, campaign, now));
	await yieldToMain();
	return items;
}

/** One evaluation with its campaign and score; undefined when either is missing. */
export async function loadScoredEvaluation(
	id: string
): Promise<(ScoredEvaluation & { campaign: Campaign; plan: ScoringPlan }) | undefined> {
	const evaluation = await getEvaluation(id);
	if (!evaluation) return undefined;
	const campaign = await getCampaign(evaluation.campaignId);
	if (!campaign) return undefined;
	const plan = planFor(catalog, evaluation, campaign);
	return { ...scoredAt(evaluation, campaign, Date.now()), campaign, plan };
}
