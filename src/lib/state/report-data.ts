/**
 * Loads what reports need: campaigns with their evaluations, each read once (`readRecord`:
 * under the template it was finalized with, at this instant). The dashboard, audit view and
 * scorecards all read through here so every screen shows the same numbers.
 */
import type { Campaign, Evaluation } from '$lib/domain/record';
import { readRecord, type ReadRecord } from '$lib/domain/reading';
import type { ScoringPlan } from '$lib/domain/scoring';
import { getCampaign, listCampaigns } from '$lib/storage/campaigns';
import { getEvaluation, listEvaluations, planOf } from '$lib/storage/evaluations';
import { mapInSlices, yieldToMain } from '$lib/storage/slices';

/** A stored evaluation as it reads now: its effective record, score and reading. */
export type ScoredEvaluation = ReadRecord;

export interface CampaignReport {
	campaign: Campaign;
	/** The campaign's current plan: its checks and its report rules (each record has its own). */
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
	const items = await mapInSlices(evaluations, (e) => readRecord(e, campaign, now));
	await yieldToMain();
	return items;
}

/** One evaluation read now, with its campaign; undefined when either is missing. */
export async function loadScoredEvaluation(
	id: string
): Promise<(ScoredEvaluation & { campaign: Campaign }) | undefined> {
	const evaluation = await getEvaluation(id);
	if (!evaluation) return undefined;
	const campaign = await getCampaign(evaluation.campaignId);
	if (!campaign) return undefined;
	return { ...readRecord(evaluation, campaign, Date.now()), campaign };
}
