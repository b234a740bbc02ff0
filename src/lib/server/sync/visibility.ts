// Who sees which evaluation: a shopper their own, a coordinator every record of their
// campaigns, a manager the released records of theirs (a release set for a date once it is
// due). Pull, blob downloads and release all ask here.
import { and, eq, inArray, isNotNull, or, sql, type SQL } from 'drizzle-orm';
import type { CampaignRole } from '$lib/domain/sync/protocol';
import type { Db } from '../db';
import { campaignMembers, evaluations, scheduledReleases } from '../db/schema';

/** The campaigns the member holds each role in. */
export async function campaignsByRole(
	db: Db,
	memberId: string
): Promise<Record<CampaignRole, string[]>> {
	const rows = await db.orm
		.select({ campaignId: campaignMembers.campaignId, role: campaignMembers.role })
		.from(campaignMembers)
		.where(eq(campaignMembers.memberId, memberId));
	const out: Record<CampaignRole, string[]> = { coordinator: [], shopper: [], manager: [] };
	for (const r of rows) out[r.role].push(r.campaignId);
	return out;
}

/** The condition on `evaluations` rows the member may read (null: none). */
export async function visibleTo(db: Db, memberId: string): Promise<SQL | null> {
	const by = await campaignsByRole(db, memberId);
	const parts: SQL[] = [];
	if (by.shopper.length > 0) {
		parts.push(
			and(eq(evaluations.shopperMemberId, memberId), inArray(evaluations.campaignId, by.shopper))!
		);
	}
	if (by.coordinator.length > 0) parts.push(inArray(evaluations.campaignId, by.coordinator));
	if (by.manager.length > 0) {
		parts.push(
			and(
				inArray(evaluations.campaignId, by.manager),
				isNotNull(evaluations.releasedAt),
				// Set for a later date: hidden until a pull resolves it (and moves its position).
				sql`not exists (select 1 from ${scheduledReleases} where ${scheduledReleases.evaluationId} = ${evaluations.id})`
			)!
		);
	}
	if (parts.length === 0) return null;
	return parts.length === 1 ? parts[0]! : or(...parts)!;
}
