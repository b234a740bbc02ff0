// Invite links: a random token in the link's fragment, only its SHA-256 in the database;
// single use, expiring and revocable. Who invites whom is the permissions table's `invitable` (a
// coordinator: shoppers and managers), an organisation's owner anyone; the setup link (role
// 'owner', no campaign) makes the first owner.
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type {
	AcceptInvite,
	CampaignMember,
	CampaignRole,
	CreateInvite,
	InviteCreated,
	InviteInfo
} from '$lib/domain/sync/protocol';
import { can, invitableBy } from '$lib/domain/access/permissions';
import { orgRole, rolesIn } from './access';
import type { Db } from '../db';
import {
	campaignMembers,
	campaigns,
	invites,
	members,
	orgMembers,
	organisations
} from '../db/schema';
import { ApiError, forbidden, notFound } from '../http/errors';
import { insertMember, requireFreeLoginName } from './members';
import { checkRateLimit, inviteLimits, recordFailure } from './rate-limit';
import { randomToken, sha256Hex, type Session } from './session';

export const INVITE_DAYS = 7;

const goneText = {
	'invite-used': 'This invite has already been used.',
	'invite-expired': 'This invite has expired.',
	'invite-revoked': 'This invite was revoked.'
} as const;

/** 410 for an invite that no longer works, saying why. */
export const gone = (code: keyof typeof goneText) => new ApiError(410, code, goneText[code]);

/** Why a stored invite no longer works at `now`, or null while it does. */
function goneReason(
	row: { usedAt: Date | null; revokedAt: Date | null; expiresAt: Date },
	now: Date
): keyof typeof goneText | null {
	if (row.revokedAt) return 'invite-revoked';
	if (row.usedAt) return 'invite-used';
	if (row.expiresAt.getTime() <= now.getTime()) return 'invite-expired';
	return null;
}
const unknownInvite = () => notFound('No such invite.');

/** A campaign's name as people know it: its center's name. */
function campaignName(body: unknown): string | undefined {
	const center = (body as { center?: { name?: unknown } } | null)?.center;
	return typeof center?.name === 'string' ? center.name : undefined;
}

export async function loadCampaign(db: Db, campaignId: string) {
	const [row] = await db.orm
		.select({ id: campaigns.id, orgId: campaigns.orgId, body: campaigns.body })
		.from(campaigns)
		.where(eq(campaigns.id, campaignId))
		.limit(1);
	if (!row) throw notFound('No such campaign.');
	return row;
}

/**
 * The campaign, the caller's roles in it and the roles they may invite to it and remove from
 * it: its organisation's owner any role, a member whose roles make it `invitableBy` them (a
 * coordinator: shoppers and managers). 404 when no campaign.
 */
export async function peopleRights(db: Db, session: Session, campaignId: string) {
	const campaign = await loadCampaign(db, campaignId);
	const owner = (await orgRole(db, session.memberId, campaign.orgId)) === 'owner';
	const held = owner ? [] : await rolesIn(db, session.memberId, campaignId);
	return { campaign, held, roles: invitableBy(held, owner) };
}

/** Who may invite to and remove from a campaign a holder of `role` (peopleRights); else 403. */
export async function requirePeopleManager(
	db: Db,
	session: Session,
	campaignId: string,
	role: CampaignRole
) {
	const { campaign, held, roles } = await peopleRights(db, session, campaignId);
	if (roles.includes(role)) return campaign;
	if (can(held, 'campaign.invite'))
		throw forbidden('Only an owner of the organisation may do this.');
	throw forbidden('Only a coordinator of the campaign may do this.');
}

/** Stores a new invite and returns its token (shown once). */
export async function insertInvite(
	db: Pick<Db, 'orm'>,
	values: {
		orgId: string;
		campaignId?: string | null;
		role: 'owner' | CampaignRole;
		displayName?: string | null;
		createdBy?: string | null;
	},
	now = new Date(),
	days = INVITE_DAYS
): Promise<{ id: string; token: string; expiresAt: Date }> {
	const token = randomToken();
	const id = sha256Hex(token);
	const expiresAt = new Date(now.getTime() + days * 86_400_000);
	await db.orm.insert(invites).values({
		tokenHash: id,
		orgId: values.orgId,
		campaignId: values.campaignId ?? null,
		role: values.role,
		displayName: values.displayName ?? null,
		createdBy: values.createdBy ?? null,
		createdAt: now,
		expiresAt
	});
	return { id, token, expiresAt };
}

/** POST /campaigns/:id/invites. */
export async function createInvite(
	db: Db,
	session: Session,
	campaignId: string,
	input: CreateInvite,
	origin: string,
	now = new Date()
): Promise<InviteCreated> {
	const campaign = await requirePeopleManager(db, session, campaignId, input.role);
	const { id, token, expiresAt } = await insertInvite(
		db,
		{
			orgId: campaign.orgId,
			campaignId,
			role: input.role,
			displayName: input.displayName,
			createdBy: session.memberId
		},
		now
	);
	return { id, url: `${origin}/join#${token}`, expiresAt: expiresAt.getTime() };
}

const tooLong = (token: string) => token.length === 0 || token.length > 200;

/**
 * GET /invites/:token: 404 unknown (counted against the address), 410 revoked, used or
 * expired; an invite used by the signed-in caller reads as `joined`, with its campaign.
 */
export async function readInvite(
	db: Db,
	token: string,
	ip: string,
	now = new Date(),
	session: Session | null = null
): Promise<InviteInfo> {
	const limits = inviteLimits(ip);
	await checkRateLimit(db, limits, now);
	const [row] = tooLong(token)
		? []
		: await db.orm
				.select({
					orgName: organisations.name,
					body: campaigns.body,
					role: invites.role,
					displayName: invites.displayName,
					campaignId: invites.campaignId,
					expiresAt: invites.expiresAt,
					usedAt: invites.usedAt,
					usedBy: invites.usedBy,
					revokedAt: invites.revokedAt
				})
				.from(invites)
				.innerJoin(organisations, eq(organisations.id, invites.orgId))
				.leftJoin(campaigns, eq(campaigns.id, invites.campaignId))
				.where(eq(invites.tokenHash, sha256Hex(token)))
				.limit(1);
	if (!row) {
		await recordFailure(db, limits, now);
		throw unknownInvite();
	}
	const joined = !!row.usedAt && !!session && row.usedBy === session.memberId;
	const reason = goneReason(row, now);
	if (reason && !joined) throw gone(reason);
	const name = campaignName(row.body);
	return {
		orgName: row.orgName,
		...(name !== undefined ? { campaignName: name } : {}),
		role: row.role,
		...(row.displayName ? { displayName: row.displayName } : {}),
		expiresAt: row.expiresAt.getTime(),
		...(joined ? { joined: true as const } : {}),
		...(joined && row.campaignId ? { campaignId: row.campaignId } : {})
	};
}

/**
 * POST /invites/:token/accept: uses the invite up (once, atomically) and gives its role to the
 * signed-in member, or to a new member. Answers the member to sign in (null = keep the session).
 */
export async function acceptInvite(
	db: Db,
	session: Session | null,
	token: string,
	input: AcceptInvite,
	ip: string,
	now = new Date()
): Promise<{ memberId: string; newSession: boolean }> {
	const limits = inviteLimits(ip);
	await checkRateLimit(db, limits, now);
	const hash = sha256Hex(token);
	const outcome = await db.orm.transaction(async (tx) => {
		if (input.loginName) await requireFreeLoginName({ orm: tx }, input.loginName);
		const [invite] = tooLong(token)
			? []
			: await tx
					.update(invites)
					.set({ usedAt: now })
					.where(
						and(
							eq(invites.tokenHash, hash),
							isNull(invites.usedAt),
							isNull(invites.revokedAt),
							gt(invites.expiresAt, now)
						)
					)
					.returning();
		if (!invite) {
			const [known] = tooLong(token)
				? []
				: await tx
						.select({
							usedAt: invites.usedAt,
							revokedAt: invites.revokedAt,
							expiresAt: invites.expiresAt
						})
						.from(invites)
						.where(eq(invites.tokenHash, hash))
						.limit(1);
			return { refused: known ? gone(goneReason(known, now) ?? 'invite-used') : null };
		}
		const memberId =
			session?.memberId ?? (await insertMember({ orm: tx }, input.displayName, input.loginName));
		await tx.update(invites).set({ usedBy: memberId }).where(eq(invites.tokenHash, hash));
		if (invite.role === 'owner') {
			await tx
				.insert(orgMembers)
				.values({ orgId: invite.orgId, memberId, role: 'owner' })
				.onConflictDoUpdate({
					target: [orgMembers.orgId, orgMembers.memberId],
					set: { role: 'owner' }
				});
			if (input.orgName) {
				await tx
					.update(organisations)
					.set({ name: input.orgName })
					.where(eq(organisations.id, invite.orgId));
			}
		} else {
			await tx
				.insert(orgMembers)
				.values({ orgId: invite.orgId, memberId, role: 'member' })
				.onConflictDoNothing();
			if (invite.campaignId) {
				await tx
					.insert(campaignMembers)
					.values({ campaignId: invite.campaignId, memberId, role: invite.role })
					.onConflictDoNothing();
			}
		}
		return { memberId };
	});
	if ('refused' in outcome) {
		if (!outcome.refused) {
			await recordFailure(db, limits, now);
			throw unknownInvite();
		}
		throw outcome.refused;
	}
	return { memberId: outcome.memberId, newSession: !session };
}

/** GET /campaigns/:id/members: the campaign's people (`campaign.members`, or the owner). */
export async function listMembers(
	db: Db,
	session: Session,
	campaignId: string
): Promise<CampaignMember[]> {
	const campaign = await loadCampaign(db, campaignId);
	if ((await orgRole(db, session.memberId, campaign.orgId)) !== 'owner') {
		const held = await rolesIn(db, session.memberId, campaignId);
		if (!can(held, 'campaign.members'))
			throw forbidden('Only a coordinator of the campaign may do this.');
	}
	const rows = await db.orm
		.select({
			memberId: campaignMembers.memberId,
			displayName: members.displayName,
			role: campaignMembers.role
		})
		.from(campaignMembers)
		.innerJoin(members, eq(members.id, campaignMembers.memberId))
		.where(eq(campaignMembers.campaignId, campaignId))
		.orderBy(members.displayName, campaignMembers.memberId, sql`${campaignMembers.role}`);
	const byMember = new Map<string, CampaignMember>();
	for (const row of rows) {
		const entry = byMember.get(row.memberId) ?? {
			memberId: row.memberId,
			displayName: row.displayName,
			roles: []
		};
		entry.roles.push(row.role);
		byMember.set(row.memberId, entry);
	}
	return [...byMember.values()];
}

/**
 * DELETE /campaigns/:id/members/:memberId/:role: takes one role away at once (every request
 * checks campaign_members): for whoever may invite that role (`requirePeopleManager`).
 */
export async function removeMember(
	db: Db,
	session: Session,
	campaignId: string,
	memberId: string,
	role: CampaignRole
): Promise<void> {
	await requirePeopleManager(db, session, campaignId, role);
	const removed = await db.orm
		.delete(campaignMembers)
		.where(
			and(
				eq(campaignMembers.campaignId, campaignId),
				eq(campaignMembers.memberId, memberId),
				eq(campaignMembers.role, role)
			)
		)
		.returning({ memberId: campaignMembers.memberId });
	if (removed.length === 0) throw notFound('That person does not hold that role here.');
}
