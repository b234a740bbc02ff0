// Who sees which evaluation, by the permissions table's scopes: a role with scope 'all' every
// record of its campaigns, 'own' the member's own records, 'released' the released records
// (a release set for a date once it is due). Pull, blob downloads and release all ask here.
import { and, eq, inArray, isNotNull, or, sql, type SQL } from 'drizzle-orm';
import { mayRead, scopesOf, type Field, type Scope } from '$lib/domain/access/permissions';
import type { CampaignRole } from '$lib/domain/sync/protocol';
import type { Db } from '../db';
import { campaignMembers, evaluations, scheduledReleases } from '../db/schema';

/** The roles the member holds, by campaign. */
export async function rolesByCampaign(
	db: Db,
	memberId: string
): Promise<Map<string, CampaignRole[]>> {
	const rows = await db.orm
		.select({ campaignId: campaignMembers.campaignId, role: campaignMembers.role })
		.from(campaignMembers)
		.where(eq(campaignMembers.memberId, memberId));
	const out = new Map<string, CampaignRole[]>();
	for (const r of rows) out.set(r.campaignId, [...(out.get(r.campaignId) ?? []), r.role]);
	return out;
}

/** The campaigns each scope covers, from the roles held in each (only roles that may receive `field`, when given). */
export function campaignsByScope(
	byCampaign: ReadonlyMap<string, readonly string[]>,
	field?: Field
): Record<Scope, string[]> {
	const out: Record<Scope, string[]> = { all: [], own: [], released: [] };
	for (const [campaignId, held] of byCampaign) {
		const roles = field ? held.filter((r) => mayRead([r], field)) : held;
		for (const scope of scopesOf(roles)) out[scope].push(campaignId);
	}
	return out;
}

/** True when a release of the row is set for a later date (hidden from the 'released' scope). */
export const scheduledRelease = sql<boolean>`exists (select 1 from ${scheduledReleases} where ${scheduledReleases.evaluationId} = ${evaluations.id})`;

/**
 * The condition on `evaluations` rows the member may read (null: none), given the roles held
 * by campaign; with `field`, only through roles that may also receive it (photos for blobs).
 */
export function visibleIn(
	byCampaign: ReadonlyMap<string, readonly string[]>,
	memberId: string,
	field?: Field
): SQL | null {
	const by = campaignsByScope(byCampaign, field);
	const parts: SQL[] = [];
	if (by.own.length > 0) {
		parts.push(
			and(eq(evaluations.shopperMemberId, memberId), inArray(evaluations.campaignId, by.own))!
		);
	}
	if (by.all.length > 0) parts.push(inArray(evaluations.campaignId, by.all));
	if (by.released.length > 0) {
		parts.push(
			and(
				inArray(evaluations.campaignId, by.released),
				isNotNull(evaluations.releasedAt),
				// Set for a later date: hidden until a pull resolves it (and moves its position).
				sql`not ${scheduledRelease}`
			)!
		);
	}
	if (parts.length === 0) return null;
	return parts.length === 1 ? parts[0]! : or(...parts)!;
}

/** The condition on `evaluations` rows the member may read (null: none); see `visibleIn`. */
export async function visibleTo(db: Db, memberId: string, field?: Field): Promise<SQL | null> {
	return visibleIn(await rolesByCampaign(db, memberId), memberId, field);
}
