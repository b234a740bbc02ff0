// The server's tables: one schema for both drivers (embedded PGlite and PostgreSQL 15).
// Change it here, then `npx drizzle-kit generate` writes the next versioned migration into
// drizzle/, which the server applies at start.
import { sql } from 'drizzle-orm';
import {
	bigserial,
	boolean,
	customType,
	index,
	integer,
	jsonb,
	pgTable,
	primaryKey,
	text,
	timestamp,
	uniqueIndex
} from 'drizzle-orm/pg-core';

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
	dataType: () => 'bytea'
});

/** An organisation running campaigns (a certification body or a center's quality team). */
export const organisations = pgTable('organisations', {
	id: text('id').primaryKey(),
	name: text('name').notNull(),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
});

/** A person who signs in: the account's user id and the name shown to others. */
export const members = pgTable('members', {
	id: text('id').primaryKey(),
	userId: text('user_id').notNull().unique(),
	displayName: text('display_name').notNull(),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
});

/** A campaign as the devices exchange it: its JSON body, with a version bumped by every write. */
export const campaigns = pgTable(
	'campaigns',
	{
		id: text('id').primaryKey(),
		orgId: text('org_id')
			.notNull()
			.references(() => organisations.id),
		body: jsonb('body').notNull(),
		version: integer('version').notNull().default(1)
	},
	(t) => [index('campaigns_org_idx').on(t.orgId)]
);

/** Who takes part in a campaign and as what: its coordinator, a shopper, or the center's manager. */
export const campaignMembers = pgTable(
	'campaign_members',
	{
		campaignId: text('campaign_id')
			.notNull()
			.references(() => campaigns.id),
		memberId: text('member_id')
			.notNull()
			.references(() => members.id),
		role: text('role', { enum: ['coordinator', 'shopper', 'manager'] }).notNull()
	},
	(t) => [primaryKey({ columns: [t.campaignId, t.memberId, t.role] })]
);

/**
 * One evaluation record (the device's JSON, change log included) at its latest version. `seq`
 * grows with every write the server accepts: a device asks for "everything after seq N".
 * A deleted evaluation stays as a tombstone (`deleted`).
 */
export const evaluations = pgTable(
	'evaluations',
	{
		id: text('id').primaryKey(),
		campaignId: text('campaign_id')
			.notNull()
			.references(() => campaigns.id),
		shopperMemberId: text('shopper_member_id')
			.notNull()
			.references(() => members.id),
		version: integer('version').notNull(),
		deviceId: text('device_id').notNull(),
		body: jsonb('body').notNull(),
		deleted: boolean('deleted').notNull().default(false),
		seq: bigserial('seq', { mode: 'number' }).notNull(),
		receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		uniqueIndex('evaluations_seq_idx').on(t.seq),
		index('evaluations_campaign_seq_idx').on(t.campaignId, t.seq)
	]
);

/** Evidence photos and other files, stored once by the SHA-256 of their bytes (hex). */
export const blobs = pgTable('blobs', {
	sha256: text('sha256').primaryKey(),
	bytes: bytea('bytes').notNull(),
	size: integer('size').notNull()
});

/** Small facts about this server's database (e.g. its id), one row per key. */
export const serverMeta = pgTable('server_meta', {
	key: text('key').primaryKey(),
	value: jsonb('value').notNull(),
	updatedAt: timestamp('updated_at', { withTimezone: true })
		.notNull()
		.default(sql`now()`)
});
