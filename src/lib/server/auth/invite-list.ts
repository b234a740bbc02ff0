// The invites a campaign is waiting on, for the people who may invite: listed, revoked, or
// replaced by a new link. Only the token's SHA-256 is stored, so a listed invite cannot show its
// link again: the device that made it keeps it for the tab's life, and anyone else asks for a
// new link (`renewInvite`), which revokes the old one. Who may list, revoke or renew an invite
// is who may invite its role (`invitableBy`); the campaign's other people get 403.
import { and, desc, eq, gt, inArray, isNull } from 'drizzle-orm';
import type { InviteCreated, Ok } from '$lib/domain/sync/protocol';
import { EXPIRED_INVITE_SHOWN_DAYS, type PendingInvite } from '$lib/domain/sync/invites';
import { can } from '$lib/domain/access/permissions';
import type { Db } from '../db';
import { invites, members } from '../db/schema';
import { ApiError, forbidden, notFound } from '../http/errors';
import { gone, insertInvite, peopleRights, requirePeopleManager } from './invites';
import type { Session } from './session';

const DAY = 86_400_000;

/** The roles the caller may invite to the campaign; 403 when none (404 when no campaign). */
async function invitableRoles(db: Db, session: Session, campaignId: string) {
	const { held, roles } = await peopleRights(db, session, campaignId);
	if (roles.length === 0 && !can(held, 'campaign.invite'))
		throw forbidden('Only a coordinator of the campaign may do this.');
	return roles;
}

/** GET /campaigns/:id/invites: unused, unrevoked invites of the roles the caller may invite. */
export async function listInvites(
	db: Db,
	session: Session,
	campaignId: string,
	now = new Date()
): Promise<PendingInvite[]> {
	const roles = await invitableRoles(db, session, campaignId);
	if (roles.length === 0) return [];
	const rows = await db.orm
		.select({ invite: invites, createdByName: members.displayName })
		.from(invites)
		.leftJoin(members, eq(members.id, invites.createdBy))
		.where(
			and(
				eq(invites.campaignId, campaignId),
				isNull(invites.usedAt),
				isNull(invites.revokedAt),
				inArray(invites.role, roles),
				gt(invites.expiresAt, new Date(now.getTime() - EXPIRED_INVITE_SHOWN_DAYS * DAY))
			)
		)
		.orderBy(desc(invites.createdAt), invites.tokenHash);
	return rows.map(({ invite, createdByName }) => ({
		id: invite.tokenHash,
		role: invite.role as PendingInvite['role'],
		...(invite.displayName ? { displayName: invite.displayName } : {}),
		createdAt: invite.createdAt.getTime(),
		...(createdByName ? { createdByName } : {}),
		expiresAt: invite.expiresAt.getTime(),
		expired: invite.expiresAt.getTime() <= now.getTime()
	}));
}

const usedUp = () =>
	new ApiError(
		409,
		'invite-used',
		'This invite has already been used; remove the role from the member instead.'
	);

/**
 * A campaign invite the caller may revoke or renew: 403 for who may invite nobody, 404 for no
 * such invite in the campaign, 403 for a role the caller may not invite, 409 once used.
 */
async function manageable(db: Db, session: Session, campaignId: string, inviteId: string) {
	await invitableRoles(db, session, campaignId);
	const [row] = await db.orm
		.select()
		.from(invites)
		.where(and(eq(invites.tokenHash, inviteId), eq(invites.campaignId, campaignId)))
		.limit(1);
	if (!row) throw notFound('No such invite in this campaign.');
	if (row.role === 'owner') throw forbidden('Only an owner of the organisation may do this.');
	await requirePeopleManager(db, session, campaignId, row.role);
	if (row.usedAt) throw usedUp();
	return row;
}

/** Marks the invite revoked unless it was used or revoked meanwhile; whether it did. */
async function markRevoked(db: Pick<Db, 'orm'>, session: Session, inviteId: string, now: Date) {
	const done = await db.orm
		.update(invites)
		.set({ revokedAt: now, revokedBy: session.memberId })
		.where(and(eq(invites.tokenHash, inviteId), isNull(invites.usedAt), isNull(invites.revokedAt)))
		.returning({ id: invites.tokenHash });
	return done.length > 0;
}

/**
 * POST /campaigns/:id/invites/:inviteId/revoke: the link answers "revoked" from now on.
 * Revoking twice is harmless; a used invite is 409 (remove the member's role instead).
 */
export async function revokeInvite(
	db: Db,
	session: Session,
	campaignId: string,
	inviteId: string,
	now = new Date()
): Promise<Ok> {
	const row = await manageable(db, session, campaignId, inviteId);
	if (!row.revokedAt && !(await markRevoked(db, session, inviteId, now))) throw usedUp();
	return { ok: true };
}

/**
 * POST /campaigns/:id/invites/:inviteId/renew: a new link for the same role and name, valid
 * from now; the old link is revoked in the same step. A revoked invite is 410.
 */
export async function renewInvite(
	db: Db,
	session: Session,
	campaignId: string,
	inviteId: string,
	origin: string,
	now = new Date()
): Promise<InviteCreated> {
	const old = await manageable(db, session, campaignId, inviteId);
	if (old.revokedAt) throw gone('invite-revoked');
	return db.orm.transaction(async (tx) => {
		if (!(await markRevoked({ orm: tx }, session, inviteId, now))) throw usedUp();
		const { id, token, expiresAt } = await insertInvite(
			{ orm: tx },
			{
				orgId: old.orgId,
				campaignId,
				role: old.role,
				displayName: old.displayName,
				createdBy: session.memberId
			},
			now
		);
		return { id, url: `${origin}/join#${token}`, expiresAt: expiresAt.getTime() };
	});
}
