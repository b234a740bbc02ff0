// Releases set for a later date: when the date comes, the record takes a new cursor position
// so managers' devices pull the release mark (their cursor may be past the release step's).
// The release step itself is the programme's (../programme/release.ts).
import { inArray, lte, sql } from 'drizzle-orm';
import type { Db } from '../db';
import { evaluations, scheduledReleases } from '../db/schema';
import { nextSeq, withWriteLock } from './write-lock';

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
	return withWriteLock(db.orm, async (tx) => {
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
