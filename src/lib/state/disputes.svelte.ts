/**
 * The coordinator's disputes: per campaign they coordinate, the disputes of the cached
 * programme snapshot (fetched again when online), counted per check and per shopper, with the
 * evaluations they are about as this device holds them and the steps the review state machine
 * offers the member on each.
 */
import { disputeCounts, reviewOf, type Dispute } from '$lib/domain/programme/review';
import { allowedActions, type Step } from '$lib/domain/programme/review-machine';
import type { Campaign, Evaluation } from '$lib/domain/record';
import { getCampaign } from '$lib/storage/campaigns';
import { getEvaluation } from '$lib/storage/evaluations';
import { getProgramme, saveProgramme } from '$lib/storage/programme';
import { programmeRoutes } from '$lib/domain/programme/routes';
import { DEFAULT_RECORDING_RETENTION_DAYS } from '$lib/domain/recording/retention';
import { call } from '$lib/sync/http';

export interface CampaignDisputes {
	campaign: Campaign | undefined;
	campaignId: string;
	disputeDays: number;
	/** Days a recording's audio is kept after release (the campaign's retention period). */
	recordingRetentionDays: number;
	disputes: Dispute[];
	evaluations: Map<string, Evaluation>;
	counts: ReturnType<typeof disputeCounts>;
	/** The steps the member may take now, by evaluation id. */
	steps: Map<string, Step[]>;
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

	/** Loads the campaigns' disputes; `rolesIn` gives the member's roles in each campaign. */
	async load(
		campaignIds: readonly string[],
		rolesIn: (campaignId: string) => readonly string[]
	): Promise<void> {
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
			// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a snapshot, never observed
			const steps = new Map<string, Step[]>();
			for (const { evaluationId } of disputes) {
				if (steps.has(evaluationId)) continue;
				const events = snapshot?.reviews.find((r) => r.evaluationId === evaluationId)?.events ?? [];
				// Without the evaluation here, the newest version the events name stands for it.
				const e = evaluations.get(evaluationId);
				const version = e?.version ?? Math.max(0, ...events.map((x) => x.version));
				const final = e ? !e.deleted && e.status === 'final' : true;
				const own = disputes.filter((d) => d.evaluationId === evaluationId);
				steps.set(evaluationId, allowedActions(reviewOf(events, version, final, own), rolesIn(id)));
			}
			out.push({
				campaign: await getCampaign(id),
				campaignId: id,
				disputeDays: snapshot?.disputeDays ?? 14,
				recordingRetentionDays:
					snapshot?.recordingRetentionDays ?? DEFAULT_RECORDING_RETENTION_DAYS,
				disputes,
				evaluations,
				counts: disputeCounts(disputes, (eid) => evaluations.get(eid)?.evaluator),
				steps
			});
		}
		this.#stale = stale;
		this.#campaigns = out;
	}
}
