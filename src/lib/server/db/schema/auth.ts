// Who signs in and belongs where: organisations, members and their passkeys, passwords,
// sessions, and the sign-in challenges and attempts.
import {
	bigint,
	bigserial,
	index,
	jsonb,
	pgTable,
	primaryKey,
	text,
	timestamp
} from 'drizzle-orm/pg-core';
import { bytea } from './columns';

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

/** Who belongs to an organisation: its owners create campaigns and invite coordinators. */
export const orgMembers = pgTable(
	'org_members',
	{
		orgId: text('org_id')
			.notNull()
			.references(() => organisations.id),
		memberId: text('member_id')
			.notNull()
			.references(() => members.id),
		role: text('role', { enum: ['owner', 'member'] }).notNull()
	},
	(t) => [primaryKey({ columns: [t.orgId, t.memberId] })]
);

/** A member's passkeys (WebAuthn credentials). */
export const credentials = pgTable(
	'credentials',
	{
		/** The credential id, base64url. */
		id: text('id').primaryKey(),
		memberId: text('member_id')
			.notNull()
			.references(() => members.id),
		publicKey: bytea('public_key').notNull(),
		counter: bigint('counter', { mode: 'number' }).notNull().default(0),
		transports: jsonb('transports').$type<string[]>().notNull().default([]),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		lastUsedAt: timestamp('last_used_at', { withTimezone: true })
	},
	(t) => [index('credentials_member_idx').on(t.memberId)]
);

/** The fallback for a browser without passkeys: an argon2id password hash. */
export const passwords = pgTable('passwords', {
	memberId: text('member_id')
		.primaryKey()
		.references(() => members.id),
	hash: text('hash').notNull(),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
});

/** Server-side sessions; the cookie holds a random token, only its SHA-256 is stored. */
export const sessions = pgTable(
	'sessions',
	{
		idHash: text('id_hash').primaryKey(),
		memberId: text('member_id')
			.notNull()
			.references(() => members.id),
		/** The CSRF token every state-changing request must echo in a header. */
		csrf: text('csrf').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		revokedAt: timestamp('revoked_at', { withTimezone: true })
	},
	(t) => [index('sessions_member_idx').on(t.memberId)]
);

/** WebAuthn challenges handed out and not yet answered (any app process may get the answer). */
export const authChallenges = pgTable('auth_challenges', {
	id: text('id').primaryKey(),
	challenge: text('challenge').notNull(),
	purpose: text('purpose', { enum: ['register', 'authenticate'] }).notNull(),
	memberId: text('member_id').references(() => members.id),
	expiresAt: timestamp('expires_at', { withTimezone: true }).notNull()
});

/** Failed sign-in attempts by key (address, account), counted for rate limits. */
export const authAttempts = pgTable(
	'auth_attempts',
	{
		id: bigserial('id', { mode: 'number' }).primaryKey(),
		key: text('key').notNull(),
		at: timestamp('at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('auth_attempts_key_at_idx').on(t.key, t.at)]
);
