// Who may do what: every API handler asks here, and nowhere else, whether the caller is
// signed in and which roles they hold in a campaign or organisation; what a role may do is
// the permissions table's (src/lib/domain/access/permissions.ts), never a list written here.
import { and, eq } from 'drizzle-orm';
import type { CampaignRole } from '$lib/domain/sync/protocol';
import { can, type Action } from '$lib/domain/access/permissions';
import type { Db } from '../db';
import { campaignMembers, campaigns, orgMembers } from '../db/schema';
import type { Session } from './session';
import { forbidden, notFound, unauthorized } from '../http/errors';

/** The signed-in member of a request, or 401. */
export function requireSession(session: Session | null | undefined): Session {
	if (!session) throw unauthorized();
	return session;
}

/** The roles a member holds in a campaign (empty when none). */
export async function rolesIn(
	db: Db,
	memberId: string,
	campaignId: string
): Promise<CampaignRole[]> {
	const rows = await db.orm
		.select({ role: campaignMembers.role })
		.from(campaignMembers)
		.where(and(eq(campaignMembers.campaignId, campaignId), eq(campaignMembers.memberId, memberId)));
	return rows.map((r) => r.role);
}

/** 403, or 404 to someone outside a campaign that does not exist. */
async function refuse(db: Db, held: readonly string[], campaignId: string): Promise<never> {
	if (held.length === 0) {
		const exists = await db.orm
			.select({ id: campaigns.id })
			.from(campaigns)
			.where(eq(campaigns.id, campaignId))
			.limit(1);
		// Someone outside the campaign learns nothing about it: 403 either way once it exists.
		if (exists.length === 0) throw notFound('No such campaign.');
	}
	throw forbidden();
}

/** The member's role in an organisation, or null. */
export async function orgRole(
	db: Db,
	memberId: string,
	orgId: string
): Promise<'owner' | 'member' | null> {
	const rows = await db.orm
		.select({ role: orgMembers.role })
		.from(orgMembers)
		.where(and(eq(orgMembers.orgId, orgId), eq(orgMembers.memberId, memberId)))
		.limit(1);
	return rows[0]?.role ?? null;
}

/**
 * Fails with 403 unless one of the member's roles in the campaign grants `action` in the
 * permissions table (404 if the campaign does not exist); returns the roles held.
 */
export async function requireAction(
	db: Db,
	memberId: string,
	campaignId: string,
	action: Action
): Promise<CampaignRole[]> {
	const held = await rolesIn(db, memberId, campaignId);
	if (can(held, action)) return held;
	return refuse(db, held, campaignId);
}

/**
 * Fails with 403 unless the member holds some role in the campaign (404 if it does not exist);
 * returns the roles held. For reads whose share the table's scopes and fields decide.
 */
export async function requireMember(
	db: Db,
	memberId: string,
	campaignId: string
): Promise<CampaignRole[]> {
	const held = await rolesIn(db, memberId, campaignId);
	if (held.length > 0) return held;
	return refuse(db, held, campaignId);
}
