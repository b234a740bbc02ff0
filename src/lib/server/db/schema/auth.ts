// Who signs in and belongs where: organisations, members and their passkeys, passwords,
// sessions, and the sign-in challenges and attempts.
import { bigint, bigserial, index, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { bytea, instant, keyOf, refTo, writtenAt } from './columns';

/** An organisation running campaigns (a certification body or a center's quality team). */
export const organisations = pgTable('organisations', {
	id: text('id').primaryKey(),
	name: text('name').notNull(),
	createdAt: writtenAt('created_at')
});

/** A column naming an organisation. */
export const orgRef = () => refTo('org_id', () => organisations.id);

/** A column naming a member. */
export const memberRef = (name = 'member_id') => refTo(name, () => members.id);

/** A column naming the member who did something, null until anyone did. */
export const byMember = (name: string) => text(name).references(() => members.id);

/** A person who signs in: the account's user id and the name shown to others. */
export const members = pgTable('members', {
	id: text('id').primaryKey(),
	userId: text('user_id').notNull().unique(),
	displayName: text('display_name').notNull(),
	createdAt: writtenAt('created_at')
});

/** Who belongs to an organisation: its owners create campaigns and invite coordinators. */
export const orgMembers = pgTable(
	'org_members',
	{
		orgId: orgRef(),
		memberId: memberRef(),
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
		memberId: memberRef(),
		publicKey: bytea('public_key').notNull(),
		counter: bigint('counter', { mode: 'number' }).notNull().default(0),
		transports: jsonb('transports').$type<string[]>().notNull().default([]),
		createdAt: writtenAt('created_at'),
		lastUsedAt: instant('last_used_at')
	},
	(t) => [index('credentials_member_idx').on(t.memberId)]
);

/** The fallback for a browser without passkeys: an argon2id password hash. */
export const passwords = pgTable('passwords', {
	memberId: keyOf('member_id', () => members.id),
	hash: text('hash').notNull(),
	updatedAt: writtenAt('updated_at')
});

/** Server-side sessions; the cookie holds a random token, only its SHA-256 is stored. */
export const sessions = pgTable(
	'sessions',
	{
		idHash: text('id_hash').primaryKey(),
		memberId: memberRef(),
		/** The CSRF token every state-changing request must echo in a header. */
		csrf: text('csrf').notNull(),
		createdAt: writtenAt('created_at'),
		expiresAt: instant('expires_at').notNull(),
		revokedAt: instant('revoked_at')
	},
	(t) => [index('sessions_member_idx').on(t.memberId)]
);

/** WebAuthn challenges handed out and not yet answered (any app process may get the answer). */
export const authChallenges = pgTable('auth_challenges', {
	id: text('id').primaryKey(),
	challenge: text('challenge').notNull(),
	purpose: text('purpose', { enum: ['register', 'authenticate'] }).notNull(),
	memberId: byMember('member_id'),
	expiresAt: instant('expires_at').notNull()
});

/** Failed sign-in attempts by key (address, account), counted for rate limits. */
export const authAttempts = pgTable(
	'auth_attempts',
	{
		id: bigserial('id', { mode: 'number' }).primaryKey(),
		key: text('key').notNull(),
		at: writtenAt('at')
	},
	(t) => [index('auth_attempts_key_at_idx').on(t.key, t.at)]
);
