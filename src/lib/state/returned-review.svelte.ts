/**
 * A team evaluation the coordinator sent back, as the run screens show it: the return's
 * comments (from the cached programme snapshot), each beside the check it is about, the
 * revision that answers them, and where the evaluation opens (the first commented check).
 */
import { getContext, setContext } from 'svelte';
import { catalog } from '$lib/domain/catalog';
import { firstCommentedCheck, type CommentedCheck } from '$lib/domain/programme/returned';
import {
	reviewOf,
	type ReturnComment,
	type ReviewEvent,
	type ReviewView
} from '$lib/domain/programme/review';
import { planFor } from '$lib/domain/scoring/effective';
import { getCampaign } from '$lib/storage/campaigns';
import { getEvaluation } from '$lib/storage/evaluations';
import { formatDateTime } from '$lib/i18n/format';
import type { EvaluationDraft } from './evaluation-draft.svelte';
import { messageOf } from './message-of';
import { cachedEvents, viewOf } from './review';
import { settings } from './settings.svelte';

export class ReturnedReview {
	#draft: EvaluationDraft;
	#events = $state.raw<ReviewEvent[]>([]);
	#busy = $state(false);
	#failure = $state('');

	constructor(draft: EvaluationDraft) {
		this.#draft = draft;
	}

	/** Reads the evaluation's review events as the last sync left them. */
	async load(): Promise<void> {
		const { campaignId, id } = this.#draft.evaluation;
		this.#events = await cachedEvents(campaignId, id);
	}

	/** The review state of the version on screen (a cheap read of a few events). */
	get view(): ReviewView {
		const e = this.#draft.evaluation;
		return reviewOf(this.#events, e.version, e.status === 'final');
	}
	/** The step that sent it back, for who and when. */
	get event(): Extract<ReviewEvent, { action: 'returned' }> | undefined {
		const last = this.#events.findLast((x) => x.action === 'returned');
		return last?.action === 'returned' ? last : undefined;
	}
	get returned(): boolean {
		return this.view.state === 'returned';
	}
	/** A final evaluation made here waits for the shopper's 수정하기. */
	get revisable(): boolean {
		const e = this.#draft.evaluation;
		return this.returned && e.status === 'final' && e.origin === undefined;
	}
	get busy(): boolean {
		return this.#busy;
	}
	/** Why the last 수정하기 failed, in words. */
	get failure(): string {
		return this.#failure;
	}

	/** The return's comments about one check (none when it is not returned). */
	commentsOn(checkId: string): ReturnComment[] {
		return this.returned ? this.view.comments.filter((c) => c.checkId === checkId) : [];
	}

	/** Opens the evaluation as a new revision, its reason naming the return; never throws. */
	async revise(): Promise<void> {
		const t = settings.t.review.shopper;
		const at = formatDateTime(this.event?.at ?? Date.now(), settings.locale, settings.timeZone);
		this.#busy = true;
		this.#failure = '';
		try {
			await this.#draft.reopen(t.reviseReason(at));
		} catch (error) {
			this.#failure = t.failed(messageOf(error, settings));
		} finally {
			this.#busy = false;
		}
	}
}

/**
 * Where the evaluation opens: a returned one on the first check its reviewer commented on,
 * anything else (or a device without it) undefined — the first screen.
 */
export async function returnedOpening(id: string): Promise<CommentedCheck | undefined> {
	const e = await getEvaluation(id);
	if (!e || e.deleted) return undefined;
	const campaign = await getCampaign(e.campaignId);
	if (!campaign) return undefined;
	const view = viewOf(await cachedEvents(e.campaignId, id), e, campaign);
	if (view.state !== 'returned') return undefined;
	return firstCommentedCheck(view.comments, planFor(catalog, e, campaign));
}

const KEY = Symbol('returned-review');

/** Makes the return available to the run's screens and check cards. */
export function setReturnedContext(value: ReturnedReview): ReturnedReview {
	return setContext(KEY, value);
}

/** The return of the evaluation being run, or undefined outside a run. */
export function getReturnedContext(): ReturnedReview | undefined {
	return getContext<ReturnedReview | undefined>(KEY);
}
