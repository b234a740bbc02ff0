// Review, release and acknowledgement events of a campaign's evaluations: the coordinator's
// approve / return (this file) and release (../sync/release.ts), each one event row written
// under the write lock after the same checks (the caller coordinates the campaign, the version
// is the server's, the review state allows the step).
import { asc, eq } from 'drizzle-orm';
import { catalog } from '$lib/domain/catalog';
import type { Evaluation } from '$lib/domain/record';
import {
	canReview,
	reviewOf,
	ReviewEvent,
	type ReviewRefusal,
	type ReviewView
} from '$lib/domain/programme/review';
import type { ReviewAnswer, ReviewRequest } from '$lib/domain/programme/review-wire';
import { planFor } from '$lib/domain/scoring';
import type { Session } from '../auth/session';
import { requireRole } from '../access';
import type { Db, Orm } from '../db';
import { evaluations, reviewEvents } from '../db/schema';
import { ApiError, forbidden, invalid, notFound } from '../errors';
import { campaignRules, lockWrites } from '../sync/derive';
import type { Reader } from './snapshot';

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
			shopper: evaluations.shopperMemberId,
			releasedAt: evaluations.releasedAt
		})
		.from(reviewEvents)
		.innerJoin(evaluations, eq(evaluations.id, reviewEvents.evaluationId))
		.where(eq(reviewEvents.campaignId, campaignId))
		.orderBy(asc(reviewEvents.id));
	const out = new Map<string, ReviewEvent[]>();
	for (const r of rows) {
		const parsed = ReviewEvent.safeParse(r.body);
		if (!parsed.success) continue;
		const own = reader.coordinator || (reader.shopper && r.shopper === reader.memberId);
		const released =
			reader.manager &&
			r.releasedAt !== null &&
			r.releasedAt.getTime() <= now &&
			(parsed.data.action === 'released' || parsed.data.action === 'acknowledged');
		if (!own && !released) continue;
		const list = out.get(r.evaluationId) ?? [];
		list.push(parsed.data);
		out.set(r.evaluationId, list);
	}
	return [...out].map(([evaluationId, events]) => ({ evaluationId, events }));
}

/** An evaluation's review events, oldest first. */
export async function eventsOf(db: Orm, evaluationId: string): Promise<ReviewEvent[]> {
	const rows = await db
		.select({ body: reviewEvents.body })
		.from(reviewEvents)
		.where(eq(reviewEvents.evaluationId, evaluationId))
		.orderBy(asc(reviewEvents.id));
	return rows.flatMap((r) => {
		const parsed = ReviewEvent.safeParse(r.body);
		return parsed.success ? [parsed.data] : [];
	});
}

const REFUSALS: Record<ReviewRefusal, () => ApiError> = {
	'not-final': () =>
		new ApiError(422, 'not-final', 'Only a final evaluation can be reviewed or released.'),
	'not-approved': () =>
		new ApiError(409, 'not-approved', 'Approve this version before releasing it.'),
	'already-released': () =>
		new ApiError(409, 'already-released', 'This version is already released.'),
	'stale-version': () =>
		new ApiError(409, 'version-changed', 'The evaluation changed; read it again first.')
};

/** What a review step works on, read under the write lock. */
export interface ReviewTarget {
	row: typeof evaluations.$inferSelect;
	events: ReviewEvent[];
	view: ReviewView;
	final: boolean;
}

/**
 * Runs a coordinator's review step: 404 for an unknown evaluation, 403 unless the caller
 * coordinates its campaign (before anything is read or written), then in one transaction under
 * the write lock: 409 when the server holds another version, the refusal `canReview` gives,
 * and `step` (which writes).
 */
export async function reviewStep<T>(
	db: Db,
	session: Session,
	id: string,
	version: number,
	action: 'approve' | 'return' | 'release',
	step: (tx: Orm, target: ReviewTarget) => Promise<T>
): Promise<T> {
	const found = await db.orm
		.select({ campaignId: evaluations.campaignId })
		.from(evaluations)
		.where(eq(evaluations.id, id))
		.limit(1);
	if (!found[0]) throw notFound('No such evaluation.');
	try {
		await requireRole(db, session.memberId, found[0].campaignId, ['coordinator']);
	} catch (error) {
		if (error instanceof ApiError && error.status === 403) {
			throw forbidden(
				"Only a coordinator of this evaluation's campaign can review or release it. Nothing was changed."
			);
		}
		throw error;
	}
	return db.orm.transaction(async (txRaw) => {
		const tx = txRaw as unknown as Orm;
		await lockWrites(tx);
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
		const view = reviewOf(events, row.version, final);
		const refusal = canReview(view, action, final);
		if (refusal) throw REFUSALS[refusal]();
		return step(tx, { row, events, view, final });
	});
}

/** Writes one review event row of the caller. */
export async function writeEvent(
	tx: Orm,
	row: { id: string; campaignId: string },
	session: Session,
	event: ReviewEvent
): Promise<void> {
	await tx.insert(reviewEvents).values({
		evaluationId: row.id,
		campaignId: row.campaignId,
		body: event,
		memberId: session.memberId,
		at: new Date(event.at)
	});
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
		const who = { at: now, by: session.memberId, byName: session.displayName.slice(0, 200) };
		let event: ReviewEvent;
		if (input.action === 'approve') {
			event = { action: 'approved', version: row.version, ...who };
		} else {
			const comments = input.comments ?? [];
			await checkCommentsName(tx, row, comments);
			event = { action: 'returned', version: row.version, ...who, comments };
		}
		await writeEvent(tx, row, session, event);
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
