// Campaigns as the devices exchange them, who takes part in each as what, and the invites
// that bring people in.
// Relative, not $lib: drizzle-kit reads these files outside Vite.
import { campaignRoles } from '../../../domain/access/permissions';
import { boolean, index, integer, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { byMember, memberRef, orgRef } from './auth';
import { instant, refTo, writtenAt } from './columns';

/** A campaign as the devices exchange it: its JSON body, with a version bumped by every write. */
export const campaigns = pgTable(
	'campaigns',
	{
		id: text('id').primaryKey(),
		orgId: orgRef(),
		body: jsonb('body').notNull(),
		version: integer('version').notNull().default(1),
		/**
		 * The campaign's report tallies (campaign_tallies, campaign_check_counts) hold every
		 * record: once true, every write of a reading keeps them right; false = rebuilt from the
		 * records before the next report.
		 */
		tallied: boolean('tallied').notNull().default(false)
	},
	(t) => [index('campaigns_org_idx').on(t.orgId)]
);

/** A column naming a campaign. */
export const campaignRef = () => refTo('campaign_id', () => campaigns.id);

/** Who takes part in a campaign and as what (a role of the permissions table). */
export const campaignMembers = pgTable(
	'campaign_members',
	{
		campaignId: campaignRef(),
		memberId: memberRef(),
		/** A role of the permissions table (`campaignRoles`). */
		role: text('role', { enum: campaignRoles }).notNull()
	},
	(t) => [primaryKey({ columns: [t.campaignId, t.memberId, t.role] })]
);

/**
 * Invite links: single use, expiring; only the SHA-256 of the token is stored. `campaignId`
 * null with role 'owner' is the organisation's first owner (the setup link).
 */
export const invites = pgTable(
	'invites',
	{
		tokenHash: text('token_hash').primaryKey(),
		orgId: orgRef(),
		campaignId: text('campaign_id').references(() => campaigns.id),
		role: text('role', { enum: ['owner', ...campaignRoles] as const }).notNull(),
		/** The name the inviter gave (prefilled on the join page). */
		displayName: text('display_name'),
		createdBy: byMember('created_by'),
		createdAt: writtenAt('created_at'),
		expiresAt: instant('expires_at').notNull(),
		usedAt: instant('used_at'),
		usedBy: byMember('used_by'),
		/** Set when the link was revoked (취소 or 새 링크): it answers "revoked" from then on. */
		revokedAt: instant('revoked_at'),
		revokedBy: byMember('revoked_by')
	},
	(t) => [index('invites_campaign_idx').on(t.campaignId)]
);
