import { getCampaign } from '$lib/storage/campaigns';
import { getDeviceId } from '$lib/storage/device';
import { getEvaluation } from '$lib/storage/evaluations';
import { EvaluationDraft } from './evaluation-draft.svelte';

/** Loads an evaluation and its campaign into a live draft; undefined when either is missing. */
export async function loadDraft(id: string): Promise<EvaluationDraft | undefined> {
	const evaluation = await getEvaluation(id);
	if (!evaluation) return undefined;
	const campaign = await getCampaign(evaluation.campaignId);
	if (!campaign) return undefined;
	return new EvaluationDraft(evaluation, campaign, await getDeviceId());
}
