/**
 * The center manager's view: per campaign they manage, the released scorecards on this device
 * (pulled), the campaign's figures computed with the reports' own aggregate, and the trend by
 * wave with the programme's average as the team server last answered (cached for offline).
 */
import { aggregate, type AggregateResult } from '$lib/domain/aggregate';
import type { CenterFigures } from '$lib/domain/programme/center';
import type { ProgrammeSnapshot } from '$lib/domain/programme/records';
import type { ReviewEvent } from '$lib/domain/programme/review';
import type { Campaign } from '$lib/domain/record';
import { getCenterFigures, saveCenterFigures } from '$lib/storage/center-figures';
import { getProgramme } from '$lib/storage/programme';
import { getRelease } from '$lib/storage/releases';
import { programmeRoutes } from '$lib/domain/programme/routes';
import { call } from '$lib/sync/http';
import { messageOf } from './message-of';
import { settings } from './settings.svelte';
import { loadCampaignReport, type ScoredEvaluation } from './report-data';

export interface CenterScorecard extends ScoredEvaluation {
	releasedAt: number | undefined;
	/** The acknowledgement of the version on this device, if any. */
	acknowledged?: Extract<ReviewEvent, { action: 'acknowledged' }>;
}

export interface CenterCampaign {
	campaign: Campaign;
	scorecards: CenterScorecard[];
	figures: AggregateResult;
	trend: CenterFigures | undefined;
	programme: ProgrammeSnapshot | undefined;
}

/** The acknowledgement of `version` among an evaluation's review events. */
export function acknowledgementOf(
	snapshot: ProgrammeSnapshot | undefined,
	evaluationId: string,
	version: number
): Extract<ReviewEvent, { action: 'acknowledged' }> | undefined {
	const events = snapshot?.reviews.find((r) => r.evaluationId === evaluationId)?.events ?? [];
	const ack = events.findLast((e) => e.action === 'acknowledged' && e.version === version);
	return ack?.action === 'acknowledged' ? ack : undefined;
}

export class CenterView {
	#campaigns = $state.raw<CenterCampaign[] | undefined>(undefined);
	#error = $state('');
	#trendFailed = $state(false);

	get campaigns(): CenterCampaign[] | undefined {
		return this.#campaigns;
	}
	get error(): string {
		return this.#error;
	}
	/** The trend could not be refreshed from the server (offline): the cached one shows. */
	get trendFailed(): boolean {
		return this.#trendFailed;
	}

	/** Reads the device, then asks the server for fresher figures. */
	async load(campaignIds: readonly string[]): Promise<void> {
		try {
			this.#campaigns = await Promise.all(campaignIds.map((id) => this.#read(id))).then((l) =>
				l.filter((c): c is CenterCampaign => c !== undefined)
			);
		} catch (error) {
			this.#error = messageOf(error, settings);
			return;
		}
		await this.refreshTrends();
	}

	async refreshTrends(): Promise<void> {
		const list = this.#campaigns ?? [];
		let failed = false;
		const next: CenterCampaign[] = [];
		for (const c of list) {
			try {
				const trend = await call(programmeRoutes.centerFigures, {
					params: { id: c.campaign.id }
				});
				await saveCenterFigures(trend);
				next.push({ ...c, trend });
			} catch {
				failed = true;
				next.push(c);
			}
		}
		this.#trendFailed = failed;
		this.#campaigns = next;
	}

	async #read(campaignId: string): Promise<CenterCampaign | undefined> {
		const report = await loadCampaignReport(campaignId);
		if (!report) return undefined;
		const programme = await getProgramme(campaignId);
		const scorecards: CenterScorecard[] = [];
		for (const item of report.items) {
			if (item.evaluation.deleted) continue;
			const releasedAt = await getRelease(item.evaluation.id);
			if (releasedAt === undefined) continue;
			scorecards.push({
				...item,
				releasedAt,
				acknowledged: acknowledgementOf(programme, item.evaluation.id, item.evaluation.version)
			});
		}
		scorecards.sort((a, b) => (b.releasedAt ?? 0) - (a.releasedAt ?? 0));
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- read once by aggregate, never observed
		const campaigns = new Map([[report.campaign.id, report.campaign]]);
		const figures = aggregate(scorecards, { plan: report.plan, campaigns, now: Date.now() });
		return {
			campaign: report.campaign,
			scorecards,
			figures,
			trend: await getCenterFigures(campaignId),
			programme
		};
	}
}
