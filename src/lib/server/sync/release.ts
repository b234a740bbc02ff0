// Releasing an evaluation to the center's manager: the coordinator's decision, for one
// final version; it takes a new cursor position so managers' devices pull it.
import { eq } from 'drizzle-orm';
import type { ReleaseResult } from '$lib/domain/sync/protocol';
import type { Session } from '../auth/session';
import { requireRole } from '../access';
import type { Db, Orm } from '../db';
import { evaluations } from '../db/schema';
import { ApiError, invalid, notFound } from '../errors';
import { lockWrites, nextSeq } from './derive';

export async function release(
	db: Db,
	session: Session,
	id: string,
	version: number,
	now = Date.now()
): Promise<ReleaseResult> {
	const found = await db.orm
		.select({ campaignId: evaluations.campaignId })
		.from(evaluations)
		.where(eq(evaluations.id, id))
		.limit(1);
	if (!found[0]) throw notFound('No such evaluation.');
	await requireRole(db, session.memberId, found[0].campaignId, ['coordinator']);
	return db.orm.transaction(async (txRaw) => {
		const tx = txRaw as unknown as Orm;
		await lockWrites(tx);
		const rows = await tx.select().from(evaluations).where(eq(evaluations.id, id)).limit(1);
		const row = rows[0]!;
		if (row.version !== version) {
			throw new ApiError(
				409,
				'version-changed',
				`The server holds version ${row.version} of this evaluation; release that one.`
			);
		}
		if (row.deleted || row.status !== 'final') {
			throw invalid('Only a final evaluation can be released.');
		}
		const releasedAt = new Date(now);
		const updated = await tx
			.update(evaluations)
			.set({ releasedAt, releasedBy: session.memberId, seq: nextSeq })
			.where(eq(evaluations.id, id))
			.returning({ seq: evaluations.seq });
		return { id, version, releasedAt: releasedAt.getTime(), seq: updated[0]!.seq };
	});
}
