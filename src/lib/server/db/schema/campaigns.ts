// Campaigns as the devices exchange them, who takes part in each as what, and the invites
// that bring people in.
// Relative, not $lib: drizzle-kit reads these files outside Vite.
import { campaignRoles } from '../../../domain/access/permissions';
import {
	boolean,
	index,
	integer,
	jsonb,
	pgTable,
	primaryKey,
	text,
	timestamp
} from 'drizzle-orm/pg-core';
import { members, organisations } from './auth';

/** A campaign as the devices exchange it: its JSON body, with a version bumped by every write. */
export const campaigns = pgTable(
	'campaigns',
	{
		id: text('id').primaryKey(),
		orgId: text('org_id')
			.notNull()
			.references(() => organisations.id),
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

/** Who takes part in a campaign and as what (a role of the permissions table). */
export const campaignMembers = pgTable(
	'campaign_members',
	{
		campaignId: text('campaign_id')
			.notNull()
			.references(() => campaigns.id),
		memberId: text('member_id')
			.notNull()
			.references(() => members.id),
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
		orgId: text('org_id')
			.notNull()
			.references(() => organisations.id),
		campaignId: text('campaign_id').references(() => campaigns.id),
		role: text('role', { enum: ['owner', ...campaignRoles] as const }).notNull(),
		/** The name the inviter gave (prefilled on the join page). */
		displayName: text('display_name'),
		createdBy: text('created_by').references(() => members.id),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		usedAt: timestamp('used_at', { withTimezone: true }),
		usedBy: text('used_by').references(() => members.id),
		/** Set when the link was revoked (취소 or 새 링크): it answers "revoked" from then on. */
		revokedAt: timestamp('revoked_at', { withTimezone: true }),
		revokedBy: text('revoked_by').references(() => members.id)
	},
	(t) => [index('invites_campaign_idx').on(t.campaignId)]
);
