/**
 * Review and release from the phone: the coordinator's steps are online requests (offline they
 * change nothing and say so); their answer, the evaluation's review events, is kept in the
 * campaign's cached programme snapshot so every screen (and the shopper's phone after a sync)
 * reads the same history offline.
 */
import {
	reviewOf,
	type Dispute,
	type ReviewEvent,
	type ReviewView
} from '$lib/domain/programme/review';
import type { ReviewRequest } from '$lib/domain/programme/review-wire';
import { programmeRoutes } from '$lib/domain/programme/routes';
import type { Campaign, Evaluation } from '$lib/domain/record';
import { readingOf } from '$lib/domain/reading';
import type { ReportMessages } from '$lib/i18n';
import { getCampaign } from '$lib/storage/campaigns';
import { getEvaluation, listEvaluations } from '$lib/storage/evaluations';
import { getProgramme, listProgrammes, saveProgramme } from '$lib/storage/programme';
import { setRelease } from '$lib/storage/releases';
import { refusalOf } from './refusals';
import { call, TeamRequestError } from '$lib/sync/http';

type Target = Pick<Evaluation, 'id' | 'campaignId' | 'version'>;

/** The evaluation's review events and disputes as the last sync (or step taken here) left them. */
export async function cachedReview(
	campaignId: string,
	evaluationId: string
): Promise<{ events: ReviewEvent[]; disputes: Dispute[] }> {
	const snapshot = await getProgramme(campaignId);
	return {
		events: snapshot?.reviews.find((r) => r.evaluationId === evaluationId)?.events ?? [],
		disputes: snapshot?.disputes.filter((d) => d.evaluationId === evaluationId) ?? []
	};
}

/** The evaluation's review events as the last sync left them. */
export async function cachedEvents(
	campaignId: string,
	evaluationId: string
): Promise<ReviewEvent[]> {
	return (await cachedReview(campaignId, evaluationId)).events;
}

/** The review state of an evaluation at its version, read with the campaign's rules. */
export function viewOf(
	events: readonly ReviewEvent[],
	e: Evaluation,
	campaign: Campaign | undefined,
	now = Date.now(),
	disputes: readonly Dispute[] = []
): ReviewView {
	const status = campaign ? readingOf(e, campaign, now).status : e.status;
	return reviewOf(events, e.version, !e.deleted && status === 'final', disputes);
}

/** Approves the evaluation's version, or returns it with comments (online). */
export async function sendReview(
	e: Target,
	body: Omit<ReviewRequest, 'version'>
): Promise<ReviewEvent[]> {
	const answer = await call(programmeRoutes.review, {
		params: { id: e.id },
		body: { ...body, version: e.version }
	});
	await keepEvents(e, answer.events);
	return answer.events;
}

/** Releases the approved version now, or from `visibleFrom` (online). */
export async function sendRelease(e: Target, visibleFrom?: number): Promise<ReviewEvent[]> {
	const answer = await call(programmeRoutes.release, {
		params: { id: e.id },
		body: visibleFrom === undefined ? { version: e.version } : { version: e.version, visibleFrom }
	});
	await setRelease(e.id, answer.releasedAt);
	await keepEvents(e, answer.events);
	return answer.events;
}

/** Puts the events the server answered into the cached snapshot (fetching it when none is). */
async function keepEvents(e: Target, events: ReviewEvent[]): Promise<void> {
	let snapshot = await getProgramme(e.campaignId);
	if (!snapshot) {
		try {
			snapshot = await call(programmeRoutes.programme, { params: { id: e.campaignId } });
		} catch {
			return;
		}
	}
	const reviews = snapshot.reviews.filter((r) => r.evaluationId !== e.id);
	reviews.push({ evaluationId: e.id, events });
	await saveProgramme({ ...snapshot, reviews });
}

/** The server's refusal codes for a review step and the message that says each. */
const REVIEW_REFUSALS = {
	'version-changed': 'versionChanged',
	'not-approved': 'notApproved',
	'awaiting-revision': 'awaitingRevision',
	'already-approved': 'alreadyApproved',
	'already-released': 'alreadyReleased',
	'not-final': 'notFinal'
} as const satisfies Record<string, keyof ReportMessages['review']['errors']>;

/** A review step's failure as one sentence (nothing was changed in every case). */
export function reviewErrorText(error: unknown, t: ReportMessages['review']): string {
	if (!(error instanceof TeamRequestError)) {
		return t.errors.other(error instanceof Error ? error.message : String(error));
	}
	if (error.kind === 'offline') return t.offline;
	if (error.kind === 'forbidden') return t.errors.forbidden;
	const refusal = refusalOf(error.code, REVIEW_REFUSALS);
	return refusal ? t.errors[refusal] : t.errors.other(error.message);
}

export interface QueueItem {
	evaluation: Evaluation;
	view: ReviewView;
}

export interface CampaignQueue {
	campaignId: string;
	centerName: string;
	waiting: QueueItem[];
	returned: QueueItem[];
	approved: QueueItem[];
}

/** The coordinator's queue per campaign, from the evaluations and snapshots on this phone. */
export async function loadReviewQueue(
	campaignIds: readonly string[],
	now = Date.now()
): Promise<CampaignQueue[]> {
	const out: CampaignQueue[] = [];
	for (const campaignId of campaignIds) {
		const [campaign, list, snapshot] = await Promise.all([
			getCampaign(campaignId),
			listEvaluations(campaignId),
			getProgramme(campaignId)
		]);
		const events = new Map(snapshot?.reviews.map((r) => [r.evaluationId, r.events]) ?? []);
		const queue: CampaignQueue = {
			campaignId,
			centerName: campaign?.center.name ?? campaignId,
			waiting: [],
			returned: [],
			approved: []
		};
		for (const evaluation of list) {
			if (evaluation.deleted) continue;
			const view = viewOf(events.get(evaluation.id) ?? [], evaluation, campaign, now);
			if (view.state === 'waiting') queue.waiting.push({ evaluation, view });
			else if (view.state === 'returned') queue.returned.push({ evaluation, view });
			else if (view.state === 'approved') queue.approved.push({ evaluation, view });
		}
		const newest = (a: QueueItem, b: QueueItem) => b.evaluation.updatedAt - a.evaluation.updatedAt;
		queue.waiting.sort(newest);
		queue.returned.sort(newest);
		queue.approved.sort(newest);
		out.push(queue);
	}
	return out;
}

/**
 * The evaluations on this phone that were sent back and wait for the shopper's revision, in
 * the campaigns where this member is a shopper.
 */
export async function returnedHere(shopperCampaigns: ReadonlySet<string>): Promise<Set<string>> {
	const ids = new Set<string>();
	for (const snapshot of await listProgrammes()) {
		if (!shopperCampaigns.has(snapshot.campaignId)) continue;
		for (const { evaluationId, events } of snapshot.reviews) {
			if (!events.some((x) => x.action === 'returned')) continue;
			const e = await getEvaluation(evaluationId);
			if (!e || e.deleted) continue;
			if (reviewOf(events, e.version, e.status === 'final').state === 'returned') ids.add(e.id);
		}
	}
	return ids;
}
