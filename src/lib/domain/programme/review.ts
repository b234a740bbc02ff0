/**
 * Review, release and disputes of a programme's evaluations: each step is an event (who, when,
 * which version), and the state is read from the events, never stored beside them. A finalized
 * evaluation waits for review; the coordinator approves it or sends it back with a comment per
 * check; only an approved version is released to the center's manager (at once or on a date);
 * the manager may dispute a check of a released evaluation within the campaign's deadline; the
 * coordinator upholds or overturns it (an overturn is a new revision, re-scored).
 */
import { z } from '../base/zod';
import {
	AnswerValue,
	checkId,
	epochMs,
	idString,
	LIMITS,
	nameString,
	noteString
} from '../record/common';
import { storableString } from '../base/text';
import { AudioRange } from '../record/evaluation';

export const ReturnComment = z.object({
	/** The check the comment is about; absent = about the evaluation as a whole. */
	checkId: checkId.optional(),
	text: storableString().min(1).max(LIMITS.note)
});
export type ReturnComment = z.infer<typeof ReturnComment>;

export const ReviewEvent = z.discriminatedUnion('action', [
	z.object({
		action: z.literal('approved'),
		version: z.number().int().min(1),
		at: epochMs,
		by: idString,
		/** The name of who took the step, as it was then (the history reads offline). */
		byName: nameString.optional()
	}),
	z.object({
		action: z.literal('returned'),
		version: z.number().int().min(1),
		at: epochMs,
		by: idString,
		/** The name of who took the step, as it was then (the history reads offline). */
		byName: nameString.optional(),
		comments: z.array(ReturnComment).min(1).max(200)
	}),
	z.object({
		action: z.literal('released'),
		version: z.number().int().min(1),
		at: epochMs,
		by: idString,
		/** The name of who took the step, as it was then (the history reads offline). */
		byName: nameString.optional(),
		/** The instant the manager may see it (= at for "now", later for a set date). */
		visibleFrom: epochMs
	}),
	z.object({
		action: z.literal('acknowledged'),
		version: z.number().int().min(1),
		at: epochMs,
		by: idString,
		/** The name of who took the step, as it was then (the history reads offline). */
		byName: nameString.optional()
	})
]);
export type ReviewEvent = z.infer<typeof ReviewEvent>;

export type ReviewState =
	/** Not final yet: nothing to review. */
	| 'in-progress'
	/** Final and not reviewed in this version. */
	| 'waiting'
	/** Sent back; the shopper's next revision goes back to waiting. */
	| 'returned'
	| 'approved'
	/** Released, possibly visible only from a later date. */
	| 'released';

/**
 * The stages of the review state machine (`review-machine.ts`): `ReviewState` is the queue's
 * grouping of them (submitted and revised both wait; released, disputed and decided are all
 * released).
 */
export const stages = [
	/** Not final: the shopper is still writing it (never returned). */
	'draft',
	/** Final, waiting for review, never returned before. */
	'submitted',
	/** Sent back with comments; waits for the shopper's revision (reopened or not yet). */
	'returned',
	/** Final again after a return, waiting for review. */
	'revised',
	/** This version is approved, not released yet. */
	'approved',
	/** Released to the center, no dispute about it. */
	'released',
	/** Released, and a dispute is open. */
	'disputed',
	/** Released, and every dispute of this release is decided. */
	'decided'
] as const;
export type Stage = (typeof stages)[number];

export interface ReviewView {
	state: ReviewState;
	/** Where the state machine stands (finer than `state`). */
	stage: Stage;
	/** The version the last decision was about. */
	version?: number;
	comments: ReturnComment[];
	/** When the manager may see it (released only). */
	visibleFrom?: number;
	acknowledgedAt?: number;
}

/**
 * The stage after a release, from the evaluation's disputes: an open one = disputed; one
 * decided since the release became visible (an overturn's revision is released from the
 * original instant) = decided; else released.
 */
export function releasedStage(visibleFrom: number, disputes: readonly Dispute[]): Stage {
	if (disputes.some((d) => !d.decision)) return 'disputed';
	if (disputes.some((d) => d.decision && d.decision.at >= visibleFrom)) return 'decided';
	return 'released';
}

/**
 * The review state of an evaluation at `version` (its current version) and `final` (whether it
 * reads final), with its disputes: a decision about an older version does not carry over to a
 * revision — a returned evaluation revised waits again, and so does an approved one changed
 * afterwards. A release stays with the version released: an overturned dispute's revision is
 * released by the same step that made it.
 */
export function reviewOf(
	events: readonly ReviewEvent[],
	version: number,
	final: boolean,
	disputes: readonly Dispute[] = []
): ReviewView {
	const current = events.filter((e) => e.version === version);
	const released = current.findLast((e) => e.action === 'released');
	if (released && released.action === 'released') {
		const ack = current.findLast((e) => e.action === 'acknowledged');
		return {
			state: 'released',
			stage: releasedStage(released.visibleFrom, disputes),
			version,
			comments: [],
			visibleFrom: released.visibleFrom,
			acknowledgedAt: ack?.at
		};
	}
	if (!final) {
		const returned = events.findLast((e) => e.action === 'returned');
		return returned && returned.action === 'returned'
			? {
					state: 'returned',
					stage: 'returned',
					version: returned.version,
					comments: returned.comments
				}
			: { state: 'in-progress', stage: 'draft', comments: [] };
	}
	const decision = current.findLast((e) => e.action === 'approved' || e.action === 'returned');
	if (decision?.action === 'approved') {
		return { state: 'approved', stage: 'approved', version, comments: [] };
	}
	if (decision?.action === 'returned') {
		return { state: 'returned', stage: 'returned', version, comments: decision.comments };
	}
	const revised = events.some((e) => e.action === 'returned' && e.version < version);
	return { state: 'waiting', stage: revised ? 'revised' : 'submitted', comments: [] };
}

/** True when a manager may see the evaluation at `now`. */
export function visibleToManager(view: ReviewView, now: number): boolean {
	return view.state === 'released' && (view.visibleFrom ?? Infinity) <= now;
}

export const DEFAULT_DISPUTE_DAYS = 14;
const DAY = 86_400_000;

export const Dispute = z.object({
	id: idString,
	evaluationId: idString,
	/** The version the manager disputed. */
	version: z.number().int().min(1),
	checkId,
	reason: storableString().min(1).max(LIMITS.note),
	/** A file the manager attached (their own call recording), by content hash. */
	fileSha256: z
		.string()
		.regex(/^[0-9a-f]{64}$/)
		.optional(),
	fileName: storableString().max(LIMITS.name).optional(),
	/**
	 * The stretch of the call the manager disputes, in ms from the start of the shopper's
	 * recording (the scorecard shows the call's timeline in the same terms).
	 */
	range: AudioRange.optional(),
	/**
	 * Stretches of the call recording a coordinator shared with the center for this dispute:
	 * the only audio a center manager hears (`n` numbers them for GET /disputes/:id/clips/:n).
	 */
	clips: z
		.array(
			z.object({
				n: z.number().int().min(1).max(LIMITS.clipsPerDispute),
				recordingId: idString,
				startMs: z.number().int().min(0),
				endMs: z.number().int().min(1),
				sharedBy: idString,
				sharedByName: nameString.optional(),
				sharedAt: epochMs
			})
		)
		.max(LIMITS.clipsPerDispute)
		.optional(),
	openedBy: idString,
	/** The manager's name, as it was then. */
	openedByName: nameString.optional(),
	openedAt: epochMs,
	decision: z
		.object({
			outcome: z.enum(['upheld', 'overturned']),
			reason: noteString.min(1),
			by: idString,
			/** The coordinator's name, as it was then (the history reads offline). */
			byName: nameString.optional(),
			at: epochMs,
			/** For an overturn: the answer the check now has, and the revision that made it. */
			newValue: AnswerValue.optional(),
			revision: z.number().int().min(1).optional()
		})
		.optional()
});
export type Dispute = z.infer<typeof Dispute>;

/** The last instant a released evaluation may be disputed. */
export function disputeDeadline(visibleFrom: number, days = DEFAULT_DISPUTE_DAYS): number {
	return visibleFrom + days * DAY;
}

export type DisputeRefusal = 'not-released' | 'deadline-passed' | 'already-open';

/** Whether a manager may open a dispute on `checkId` now. */
export function canDispute(
	view: ReviewView,
	disputes: readonly Dispute[],
	checkIdToDispute: string,
	now: number,
	days = DEFAULT_DISPUTE_DAYS
): DisputeRefusal | null {
	if (!visibleToManager(view, now)) return 'not-released';
	if (now > disputeDeadline(view.visibleFrom!, days)) return 'deadline-passed';
	if (disputes.some((d) => d.checkId === checkIdToDispute && !d.decision)) return 'already-open';
	return null;
}

/** Disputes counted per check and per shopper (by the evaluation's shopper), with overturns. */
export function disputeCounts(
	disputes: readonly Dispute[],
	shopperOf: (evaluationId: string) => string | undefined
): {
	byCheck: Map<string, { disputed: number; overturned: number }>;
	byShopper: Map<string, { disputed: number; overturned: number }>;
} {
	const byCheck = new Map<string, { disputed: number; overturned: number }>();
	const byShopper = new Map<string, { disputed: number; overturned: number }>();
	const bump = (m: typeof byCheck, key: string, overturned: boolean) => {
		const row = m.get(key) ?? { disputed: 0, overturned: 0 };
		row.disputed++;
		if (overturned) row.overturned++;
		m.set(key, row);
	};
	for (const d of disputes) {
		const overturned = d.decision?.outcome === 'overturned';
		bump(byCheck, d.checkId, overturned);
		const shopper = shopperOf(d.evaluationId);
		if (shopper) bump(byShopper, shopper, overturned);
	}
	return { byCheck, byShopper };
}
