// Managers' disputes of released evaluations and the coordinator's decisions.
import { asc, eq } from 'drizzle-orm';
import { Dispute } from '$lib/domain/programme/review';
import type { Db } from '../db';
import { disputes, evaluations } from '../db/schema';
import type { Reader } from './snapshot';

/**
 * The disputes the reader may see: a coordinator and a manager all of the campaign's (the
 * manager's are about released evaluations only), a shopper those about their own evaluations.
 */
export async function disputesFor(
	db: Db,
	reader: Reader,
	campaignId: string,
	_now: number
): Promise<Dispute[]> {
	const rows = await db.orm
		.select({ body: disputes.body, shopper: evaluations.shopperMemberId })
		.from(disputes)
		.innerJoin(evaluations, eq(evaluations.id, disputes.evaluationId))
		.where(eq(disputes.campaignId, campaignId))
		.orderBy(asc(disputes.openedAt), asc(disputes.id));
	return rows.flatMap((r) => {
		const visible =
			reader.coordinator || reader.manager || (reader.shopper && r.shopper === reader.memberId);
		if (!visible) return [];
		const parsed = Dispute.safeParse(r.body);
		return parsed.success ? [parsed.data] : [];
	});
}
