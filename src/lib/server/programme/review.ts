// Review, release and acknowledgement events of a campaign's evaluations.
import { asc, eq } from 'drizzle-orm';
import { ReviewEvent } from '$lib/domain/programme/review';
import type { Db } from '../db';
import { evaluations, reviewEvents } from '../db/schema';
import type { Reader } from './snapshot';

/**
 * The review events the reader may see, grouped by evaluation: a coordinator all of the
 * campaign, a shopper those of their own evaluations, a manager those of evaluations released
 * to them (visible now).
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
		const visible =
			reader.coordinator ||
			(reader.shopper && r.shopper === reader.memberId) ||
			(reader.manager && r.releasedAt !== null && r.releasedAt.getTime() <= now);
		if (!visible) continue;
		const parsed = ReviewEvent.safeParse(r.body);
		if (!parsed.success) continue;
		const list = out.get(r.evaluationId) ?? [];
		list.push(parsed.data);
		out.set(r.evaluationId, list);
	}
	return [...out].map(([evaluationId, events]) => ({ evaluationId, events }));
}
