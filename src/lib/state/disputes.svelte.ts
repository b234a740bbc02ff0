/**
 * The coordinator's disputes: per campaign they coordinate, the disputes of the cached
 * programme snapshot (fetched again when online), counted per check and per shopper, with the
 * evaluations they are about as this device holds them.
 */
import { disputeCounts, type Dispute } from '$lib/domain/programme/review';
import type { Campaign, Evaluation } from '$lib/domain/record';
import { getCampaign } from '$lib/storage/campaigns';
import { getEvaluation } from '$lib/storage/evaluations';
import { getProgramme, saveProgramme } from '$lib/storage/programme';
import { programmeRoutes } from '$lib/domain/programme/routes';
import { call } from '$lib/sync/http';

export interface CampaignDisputes {
	campaign: Campaign | undefined;
	campaignId: string;
	disputeDays: number;
	disputes: Dispute[];
	evaluations: Map<string, Evaluation>;
	counts: ReturnType<typeof disputeCounts>;
}

export class DisputesView {
	#campaigns = $state.raw<CampaignDisputes[] | undefined>(undefined);
	#stale = $state(false);

	get campaigns(): CampaignDisputes[] | undefined {
		return this.#campaigns;
	}
	/** The server could not be asked: what shows is the cached snapshot. */
	get stale(): boolean {
		return this.#stale;
	}

	async load(campaignIds: readonly string[]): Promise<void> {
		let stale = false;
		const out: CampaignDisputes[] = [];
		for (const id of campaignIds) {
			let snapshot = await getProgramme(id);
			try {
				snapshot = await call(programmeRoutes.programme, { params: { id } });
				await saveProgramme(snapshot);
			} catch {
				stale = true;
			}
			const disputes = snapshot?.disputes ?? [];
			// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a snapshot, never observed
			const evaluations = new Map<string, Evaluation>();
			for (const d of disputes) {
				const e = await getEvaluation(d.evaluationId);
				if (e) evaluations.set(e.id, e);
			}
			out.push({
				campaign: await getCampaign(id),
				campaignId: id,
				disputeDays: snapshot?.disputeDays ?? 14,
				disputes,
				evaluations,
				counts: disputeCounts(disputes, (eid) => evaluations.get(eid)?.evaluator)
			});
		}
		this.#stale = stale;
		this.#campaigns = out;
	}
}
