// Releasing an evaluation to the center's manager: the coordinator's step after approving one
// final version, at once or from a set date. It takes a new cursor position so devices pull the
// release mark; a release set for later takes another when it comes due (`resolveDueReleases`,
// run by every pull), since a manager's cursor may be past the first one by then.
import { eq, inArray, lte, sql } from 'drizzle-orm';
import { MAX_RELEASE_AHEAD_MS, type ReviewAnswer } from '$lib/domain/programme/review-wire';
import type { Session } from '../auth/session';
import type { Db, Orm } from '../db';
import { evaluations, scheduledReleases } from '../db/schema';
import { invalid } from '../errors';
import { reviewStep, writeEvent } from '../programme/review';
import { lockWrites, nextSeq } from './derive';

/**
 * POST /evaluations/:id/release: releases the approved `version`, visible to managers from
 * `visibleFrom` (now when absent or already past; at most a year ahead).
 */
export async function release(
	db: Db,
	session: Session,
	id: string,
	version: number,
	now = Date.now(),
	visibleFrom?: number
): Promise<ReviewAnswer> {
	const from = Math.max(visibleFrom ?? now, now);
	if (from > now + MAX_RELEASE_AHEAD_MS) {
		throw invalid('visibleFrom: a release may be set at most a year ahead.');
	}
	return reviewStep(db, session, id, version, 'release', async (tx, { row, events }) => {
		const event = await writeEvent(tx, row, session, {
			action: 'released',
			version: row.version,
			at: now,
			visibleFrom: from
		});
		await tx.delete(scheduledReleases).where(eq(scheduledReleases.evaluationId, id));
		if (from > now) {
			await tx.insert(scheduledReleases).values({ evaluationId: id, dueAt: new Date(from) });
		}
		const updated = await tx
			.update(evaluations)
			.set({ releasedAt: new Date(from), releasedBy: session.memberId, seq: nextSeq })
			.where(eq(evaluations.id, id))
			.returning({ seq: evaluations.seq });
		return {
			id,
			version: row.version,
			events: [...events, event],
			releasedAt: from,
			seq: updated[0]!.seq
		};
	});
}

/**
 * Makes the releases whose date has come visible: each such record takes a new cursor
 * position (under the write lock, like every position) and leaves `scheduled_releases`.
 * Answers how many came due. Cheap when none has: one indexed read.
 */
export async function resolveDueReleases(db: Db, now = Date.now()): Promise<number> {
	const at = new Date(now);
	const due = await db.orm
		.select({ id: scheduledReleases.evaluationId })
		.from(scheduledReleases)
		.where(lte(scheduledReleases.dueAt, at))
		.limit(1);
	if (due.length === 0) return 0;
	return db.orm.transaction(async (txRaw) => {
		const tx = txRaw as unknown as Orm;
		await lockWrites(tx);
		const gone = await tx
			.delete(scheduledReleases)
			.where(lte(scheduledReleases.dueAt, at))
			.returning({ id: scheduledReleases.evaluationId });
		if (gone.length === 0) return 0;
		// A record whose release was withdrawn (a newer version came) stays where it is.
		await tx
			.update(evaluations)
			.set({ seq: nextSeq })
			.where(
				sql`${inArray(
					evaluations.id,
					gone.map((g) => g.id)
				)} and ${evaluations.releasedAt} is not null`
			);
		return gone.length;
	});
}
