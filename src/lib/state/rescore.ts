/**
 * Re-scoring a finalized evaluation under its campaign's current template: the explicit,
 * logged step a person takes after a template changed (final evaluations otherwise keep the
 * template they were finalized under).
 */
import { rescore } from '$lib/domain/editing';
import type { Campaign, Evaluation } from '$lib/domain/record';
import { getCampaign } from '$lib/storage/campaigns';
import { getDeviceId } from '$lib/storage/device';
import { getEvaluation, saveEvaluation } from '$lib/storage/evaluations';

/** True when a finalized evaluation made here was scored under another template. */
export function canRescore(
	e: Pick<Evaluation, 'status' | 'origin' | 'scoredWith' | 'deleted'>,
	campaign: Pick<Campaign, 'template'>
): boolean {
	return (
		e.status !== 'draft' &&
		e.origin === undefined &&
		e.deleted === undefined &&
		e.scoredWith !== undefined &&
		JSON.stringify(e.scoredWith) !== JSON.stringify(campaign.template)
	);
}

/** Re-scores the stored evaluation under its campaign's current template, with the reason. */
export async function rescoreUnderCampaign(id: string, reason: string): Promise<void> {
	const stored = await getEvaluation(id);
	if (!stored) throw new Error(`evaluation ${id} is missing`);
	const campaign = await getCampaign(stored.campaignId);
	if (!campaign) throw new Error(`campaign ${stored.campaignId} is missing`);
	if (!canRescore(stored, campaign)) return;
	const now = Date.now();
	const next = rescore(stored, campaign.template, reason, { at: now, by: await getDeviceId() });
	await saveEvaluation(next, campaign, now);
}
