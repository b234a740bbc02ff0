// Review, release and acknowledgement events of a campaign's evaluations: the coordinator's
// approve / return (this file) and release (release.ts), each one event row written
// under the write lock after the same checks (the caller's role grants the step's permission,
// the version is the server's, the review state machine allows the step). Every event names
// its person: `writeEvent` fills who from the session, and events stored without a name read
// with the member's name.
import { asc, eq } from 'drizzle-orm';
import { catalog } from '$lib/domain/catalog';
import type { Evaluation } from '$lib/domain/record';
import { Dispute, reviewOf, ReviewEvent, type ReviewView } from '$lib/domain/programme/review';
import {
	permissionOf,
	refusalOf,
	type Refusal,
	type Step
} from '$lib/domain/programme/review-machine';
import type { ReviewAnswer, ReviewRequest } from '$lib/domain/programme/review-wire';
import { planFor } from '$lib/domain/scoring';
import type { Session } from '../auth/session';
import { requireAction } from '../auth/access';
import type { Db, Orm } from '../db';
import { disputes, evaluations, members, reviewEvents } from '../db/schema';
import { ApiError, forbidden, invalid, notFound } from '../http/errors';
import { campaignRules } from '../records/reading-row';
import { withWriteLock } from '../records/write-lock';
import type { Reader } from './reader';

/** A stored event as it reads: with its person's name when it was stored without one. */
function named(body: unknown, memberName: string | null): ReviewEvent | null {
	const parsed = ReviewEvent.safeParse(body);
	if (!parsed.success) return null;
	const event = parsed.data;
	return event.byName || memberName === null
		? event
		: { ...event, byName: memberName.slice(0, 200) };
}

/**
 * The review events the reader may see, grouped by evaluation: a coordinator all of the
 * campaign, a shopper those of their own evaluations, a manager the release (and
 * acknowledgement) of evaluations released to them, once visible — the back-and-forth between
 * coordinator and shopper stays between them.
 */
export async function reviewsFor(
	db: Db,
	reader: Reader,
	campaignId: string,
	now: number
): Promise<{ evaluationId: string; events: ReviewEvent[] }[]> {
	const rows = await db.orm
		.select({
			evaluationId: reviewEvents.evaluationId,
			body: reviewEvents.body,
			memberName: members.displayName,
			shopper: evaluations.shopperMemberId,
			releasedAt: evaluations.releasedAt
		})
		.from(reviewEvents)
		.innerJoin(evaluations, eq(evaluations.id, reviewEvents.evaluationId))
		.leftJoin(members, eq(members.id, reviewEvents.memberId))
		.where(eq(reviewEvents.campaignId, campaignId))
		.orderBy(asc(reviewEvents.id));
	const out = new Map<string, ReviewEvent[]>();
	for (const r of rows) {
		const event = named(r.body, r.memberName);
		if (!event) continue;
		const own =
			reader.scopes.has('all') || (reader.scopes.has('own') && r.shopper === reader.memberId);
		const released =
			reader.scopes.has('released') &&
			r.releasedAt !== null &&
			r.releasedAt.getTime() <= now &&
			(event.action === 'released' || event.action === 'acknowledged');
		if (!own && !released) continue;
		const list = out.get(r.evaluationId) ?? [];
		list.push(event);
		out.set(r.evaluationId, list);
	}
	return [...out].map(([evaluationId, events]) => ({ evaluationId, events }));
}

/** An evaluation's review events, oldest first, each with its person's name. */
export async function eventsOf(db: Orm, evaluationId: string): Promise<ReviewEvent[]> {
	const rows = await db
		.select({ body: reviewEvents.body, memberName: members.displayName })
		.from(reviewEvents)
		.leftJoin(members, eq(members.id, reviewEvents.memberId))
		.where(eq(reviewEvents.evaluationId, evaluationId))
		.orderBy(asc(reviewEvents.id));
	return rows.flatMap((r) => named(r.body, r.memberName) ?? []);
}

/** An evaluation's disputes (every version). */
export async function disputesOf(db: Orm, evaluationId: string): Promise<Dispute[]> {
	const rows = await db
		.select({ body: disputes.body })
		.from(disputes)
		.where(eq(disputes.evaluationId, evaluationId))
		.orderBy(asc(disputes.openedAt), asc(disputes.id));
	return rows.flatMap((r) => {
		const parsed = Dispute.safeParse(r.body);
		return parsed.success ? [parsed.data] : [];
	});
}

/** The answer to a step the review state machine refuses: nothing was written. */
const REFUSALS: Record<Refusal, () => ApiError> = {
	'not-final': () =>
		new ApiError(422, 'not-final', 'Only a final evaluation can be reviewed or released.'),
	'awaiting-revision': () =>
		new ApiError(
			409,
			'awaiting-revision',
			'This version was sent back to the shopper; only their revision can be approved or released. Nothing was changed.'
		),
	'not-approved': () =>
		new ApiError(409, 'not-approved', 'Approve this version before releasing it.'),
	'already-approved': () =>
		new ApiError(409, 'already-approved', 'This version is already approved. Nothing was changed.'),
	'already-released': () =>
		new ApiError(409, 'already-released', 'This version is already released.'),
	'not-released': () =>
		new ApiError(422, 'not-released', 'This evaluation has not been released to the center.'),
	'no-open-dispute': () =>
		new ApiError(409, 'no-open-dispute', 'This evaluation has no open dispute to decide.'),
	'not-open': () =>
		new ApiError(409, 'not-open', 'This step is not open for the evaluation in its state now.')
};

/** Throws the refusal of the review state machine when `view` does not allow `step`. */
export function requireStep(view: Pick<ReviewView, 'stage'>, step: Step): void {
	const refusal = refusalOf(view, step);
	if (refusal) throw REFUSALS[refusal]();
}

/** Who takes a step, as every event written names them. */
export function actorOf(session: Session): { by: string; byName: string } {
	return { by: session.memberId, byName: session.displayName.slice(0, 200) };
}

/** The campaign of an evaluation or a dispute, by its id; 404 with `missing` when there is none. */
export async function campaignOfRow(
	db: Db,
	table: typeof evaluations | typeof disputes,
	id: string,
	missing: string
): Promise<string> {
	const found = await db.orm
		.select({ campaignId: table.campaignId })
		.from(table)
		.where(eq(table.id, id))
		.limit(1);
	if (!found[0]) throw notFound(missing);
	return found[0].campaignId;
}

/** What a review step works on, read under the write lock. */
export interface ReviewTarget {
	row: typeof evaluations.$inferSelect;
	events: ReviewEvent[];
	view: ReviewView;
	final: boolean;
}

/**
 * Runs a coordinator's review step: 404 for an unknown evaluation, 403 unless the caller's
 * roles in its campaign grant the step's permission (before anything is read or written), then
 * in one transaction under the write lock: 409 when the server holds another version, the
 * refusal of the review state machine, and `step` (which writes).
 */
export async function reviewStep<T>(
	db: Db,
	session: Session,
	id: string,
	version: number,
	action: Extract<Step, 'approve' | 'return' | 'release'>,
	step: (tx: Orm, target: ReviewTarget) => Promise<T>
): Promise<T> {
	const campaignId = await campaignOfRow(db, evaluations, id, 'No such evaluation.');
	try {
		await requireAction(db, session.memberId, campaignId, permissionOf(action));
	} catch (error) {
		if (error instanceof ApiError && error.status === 403) {
			throw forbidden(
				"Only a coordinator of this evaluation's campaign can review or release it. Nothing was changed."
			);
		}
		throw error;
	}
	return withWriteLock(db.orm, async (tx) => {
		const row = (await tx.select().from(evaluations).where(eq(evaluations.id, id)).limit(1))[0]!;
		if (row.version !== version) {
			throw new ApiError(
				409,
				'version-changed',
				`The server holds version ${row.version} of this evaluation; review that one.`
			);
		}
		const final = !row.deleted && row.status === 'final';
		const events = await eventsOf(tx, id);
		const view = reviewOf(events, row.version, final, await disputesOf(tx, id));
		requireStep(view, action);
		return step(tx, { row, events, view, final });
	});
}

/** The body of an event without its person: `writeEvent` names them. */
export type EventBody = ReviewEvent extends infer E
	? E extends ReviewEvent
		? Omit<E, 'by' | 'byName'>
		: never
	: never;

/** Writes one review event row of the caller, named after them; answers the event. */
export async function writeEvent(
	tx: Orm,
	row: { id: string; campaignId: string },
	session: Session,
	body: EventBody
): Promise<ReviewEvent> {
	const event = ReviewEvent.parse({ ...body, ...actorOf(session) });
	await tx.insert(reviewEvents).values({
		evaluationId: row.id,
		campaignId: row.campaignId,
		body: event,
		memberId: session.memberId,
		at: new Date(event.at)
	});
	return event;
}

/** POST /evaluations/:id/review: the coordinator approves the version or sends it back. */
export async function review(
	db: Db,
	session: Session,
	id: string,
	input: ReviewRequest,
	now = Date.now()
): Promise<ReviewAnswer> {
	return reviewStep(db, session, id, input.version, input.action, async (tx, { row, events }) => {
		let body: EventBody;
		if (input.action === 'approve') {
			body = { action: 'approved', version: row.version, at: now };
		} else {
			const comments = input.comments ?? [];
			await checkCommentsName(tx, row, comments);
			body = { action: 'returned', version: row.version, at: now, comments };
		}
		const event = await writeEvent(tx, row, session, body);
		return { id, version: row.version, events: [...events, event] };
	});
}

/** 422 unless every comment's check is one the evaluation's sheet holds. */
async function checkCommentsName(
	tx: Orm,
	row: { campaignId: string; body: unknown },
	comments: readonly { checkId?: string }[]
): Promise<void> {
	const named = comments.flatMap((c) => (c.checkId ? [c.checkId] : []));
	if (named.length === 0) return;
	const campaign = await campaignRules(tx, row.campaignId);
	if (!campaign) return;
	const known = new Set(planFor(catalog, row.body as Evaluation, campaign).checkIds);
	const unknown = named.filter((c) => !known.has(c));
	if (unknown.length > 0) {
		throw invalid(`comments: no check ${unknown.join(', ')} on this evaluation's sheet`);
	}
}
