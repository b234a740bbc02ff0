// Releasing an evaluation to the center's manager: the coordinator's step after approving one
// final version, at once or from a set date. It takes a new cursor position so devices pull the
// release mark; a release set for later takes another when it comes due (`resolveDueReleases` in
// ../records/scheduled-releases.ts, run by every pull), since a manager's cursor may be past the first one by then.
import { eq } from 'drizzle-orm';
import { MAX_RELEASE_AHEAD_MS, type ReviewAnswer } from '$lib/domain/programme/review-wire';
import type { Session } from '../auth/session';
import type { Db } from '../db';
import { evaluations, scheduledReleases } from '../db/schema';
import { invalid } from '../http/errors';
import { reviewStep, writeEvent } from './review';
import { nextSeq } from '../records/write-lock';

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
