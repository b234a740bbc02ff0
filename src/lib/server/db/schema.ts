// The server's tables: one schema for both drivers (embedded PGlite and PostgreSQL 15).
// Change it here, then `npx drizzle-kit generate` writes the next versioned migration into
// drizzle/, which the server applies at start.
import { sql } from 'drizzle-orm';
// Relative, not $lib: drizzle-kit reads this file outside Vite.
import { campaignRoles } from '../../domain/access/permissions';
import {
	bigint,
	bigserial,
	boolean,
	customType,
	index,
	integer,
	jsonb,
	numeric,
	pgTable,
	primaryKey,
	smallint,
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
		receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
		/** The fingerprint of the device key the pushing member signed this version with. */
		signerFingerprint: text('signer_fingerprint'),
		/** Photos the record names that have not arrived yet (SHA-256 hex); empty = complete. */
		missingBlobs: jsonb('missing_blobs').$type<string[]>().notNull().default([]),
		/** Released to the center's manager at this instant (null = not released). */
		releasedAt: timestamp('released_at', { withTimezone: true }),
		releasedBy: text('released_by').references(() => members.id),
		// The record's reading (domain `readRecord`: under the template it was finalized with),
		// computed at every write, so reports are SQL sums of what the domain stored. Read again
		// by every reader once `recheck_at` has passed (a pending follow-up deadline changes
		// it: `refreshDueReadings`) and when the campaign changes. Null on tombstones and when
		// the campaign cannot be read.
		/** Effective status: 'draft' | 'awaiting-follow-up' | 'final'. */
		status: text('status'),
		/** The score as every screen shows it (rounded to one decimal); null = no score. */
		score: numeric('score', { precision: 6, scale: 1, mode: 'number' }),
		verdict: text('verdict'),
		countsInReports: boolean('counts_in_reports').notNull().default(false),
		occurredAt: timestamp('occurred_at', { withTimezone: true }),
		/** The reading's `changesAfter` (its first pending follow-up deadline): due once passed. */
		recheckAt: timestamp('recheck_at', { withTimezone: true }),
		/** The reading's time slot and weekday: of 상담 일시 in Asia/Seoul when recorded. */
		timeSlot: text('time_slot'),
		weekday: text('weekday')
	},
	(t) => [
		uniqueIndex('evaluations_seq_idx').on(t.seq),
		index('evaluations_recheck_idx').on(t.recheckAt),
		index('evaluations_campaign_seq_idx').on(t.campaignId, t.seq),
		index('evaluations_shopper_idx').on(t.shopperMemberId)
	]
);

/**
 * Report tallies of a campaign's live records (not tombstones), by what they read as: how many
 * (`n`), how many have a score (`scored`) and the sum of their scores. Kept in the transaction
 * of every write of a reading (minus the old reading, plus the new), so a report reads a few
 * rows. '' stands for a missing status or verdict.
 */
export const campaignTallies = pgTable(
	'campaign_tallies',
	{
		campaignId: text('campaign_id')
			.notNull()
			.references(() => campaigns.id),
		status: text('status').notNull(),
		reported: boolean('reported').notNull(),
		verdict: text('verdict').notNull(),
		n: integer('n').notNull(),
		scored: integer('scored').notNull(),
		scoreSum: numeric('score_sum', { precision: 14, scale: 1 }).notNull()
	},
	(t) => [primaryKey({ columns: [t.campaignId, t.status, t.reported, t.verdict] })]
);

/**
 * How many of a campaign's live records that count in reports answer a check with a code
 * (-2 N/A, 0 not met, 1 partial, 2 met: CODE in scoring/plan.ts; unanswered checks are not
 * counted), kept like campaign_tallies. A record's codes are derived from its body.
 */
export const campaignCheckCounts = pgTable(
	'campaign_check_counts',
	{
		campaignId: text('campaign_id')
			.notNull()
			.references(() => campaigns.id),
		checkId: text('check_id').notNull(),
		code: smallint('code').notNull(),
		n: integer('n').notNull()
	},
	(t) => [primaryKey({ columns: [t.campaignId, t.checkId, t.code] })]
);

/**
 * A pushed version the server could not take because it has another body for that version
 * (or a diverged history): kept for a person to resolve, never applied.
 */
export const evaluationConflicts = pgTable(
	'evaluation_conflicts',
	{
		id: bigserial('id', { mode: 'number' }).primaryKey(),
		evaluationId: text('evaluation_id').notNull(),
		version: integer('version').notNull(),
		memberId: text('member_id')
			.notNull()
			.references(() => members.id),
		deviceId: text('device_id').notNull(),
		body: jsonb('body').notNull(),
		receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
		resolvedAt: timestamp('resolved_at', { withTimezone: true })
	},
	(t) => [index('evaluation_conflicts_evaluation_idx').on(t.evaluationId)]
);

/** Evidence photos and other files, stored once by the SHA-256 of their bytes (hex). */
export const blobs = pgTable('blobs', {
	sha256: text('sha256').primaryKey(),
	bytes: bytea('bytes').notNull(),
	size: integer('size').notNull()
});

/** A photo upload that has not finished: the bytes so far, resumed from their length. */
export const blobUploads = pgTable('blob_uploads', {
	sha256: text('sha256').primaryKey(),
	memberId: text('member_id')
		.notNull()
		.references(() => members.id),
	/** The size the uploader announced (Content-Range total). */
	size: integer('size').notNull(),
	received: bytea('received').notNull(),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
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
		usedBy: text('used_by').references(() => members.id)
	},
	(t) => [index('invites_campaign_idx').on(t.campaignId)]
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

/**
 * The device keys members sign with (bundles and pushed records). A signature by a key not
 * listed here reads "unknown signer", never "verified".
 */
export const deviceKeys = pgTable(
	'device_keys',
	{
		fingerprint: text('fingerprint').primaryKey(),
		memberId: text('member_id')
			.notNull()
			.references(() => members.id),
		deviceId: text('device_id').notNull(),
		publicKeyJwk: jsonb('public_key_jwk').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		revokedAt: timestamp('revoked_at', { withTimezone: true })
	},
	(t) => [index('device_keys_member_idx').on(t.memberId)]
);

/** Small facts about this server's database (e.g. its id), one row per key. */
export const serverMeta = pgTable('server_meta', {
	key: text('key').primaryKey(),
	value: jsonb('value').notNull(),
	updatedAt: timestamp('updated_at', { withTimezone: true })
		.notNull()
		.default(sql`now()`)
});

// ── The programme: scenarios, plan, assignments, review, disputes ─────────────────────────

/** Per-campaign programme settings (absent row = the defaults). */
export const campaignSettings = pgTable('campaign_settings', {
	campaignId: text('campaign_id')
		.primaryKey()
		.references(() => campaigns.id),
	/** Days a manager has to dispute a released evaluation. */
	disputeDays: integer('dispute_days').notNull().default(14)
});

/** A campaign's scenario library (`body` is a domain `Scenario`). */
export const scenarios = pgTable(
	'scenarios',
	{
		id: text('id').primaryKey(),
		campaignId: text('campaign_id')
			.notNull()
			.references(() => campaigns.id),
		body: jsonb('body').notNull(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
		updatedBy: text('updated_by').references(() => members.id)
	},
	(t) => [index('scenarios_campaign_idx').on(t.campaignId)]
);

/** A campaign's sampling plan (`body` is a domain `Plan`), one per campaign. */
export const plans = pgTable('plans', {
	campaignId: text('campaign_id')
		.primaryKey()
		.references(() => campaigns.id),
	body: jsonb('body').notNull(),
	version: integer('version').notNull().default(1),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
	updatedBy: text('updated_by').references(() => members.id)
});

/** Contacts to make, by hand or generated from the plan's open cells. */
export const assignments = pgTable(
	'assignments',
	{
		id: text('id').primaryKey(),
		campaignId: text('campaign_id')
			.notNull()
			.references(() => campaigns.id),
		shopperId: text('shopper_id')
			.notNull()
			.references(() => members.id),
		scenarioId: text('scenario_id'),
		channel: text('channel').notNull(),
		timeSlot: text('time_slot').notNull(),
		windowFrom: text('window_from').notNull(),
		windowTo: text('window_to').notNull(),
		cellId: text('cell_id'),
		status: text('status', { enum: ['open', 'cancelled'] })
			.notNull()
			.default('open'),
		createdBy: text('created_by').references(() => members.id),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		cancelledAt: timestamp('cancelled_at', { withTimezone: true })
	},
	(t) => [
		index('assignments_campaign_idx').on(t.campaignId),
		index('assignments_shopper_idx').on(t.shopperId)
	]
);

/**
 * Review, release and acknowledgement steps of an evaluation (`body` is a domain
 * `ReviewEvent`): append-only, the state is read from them (`reviewOf`).
 */
export const reviewEvents = pgTable(
	'review_events',
	{
		id: bigserial('id', { mode: 'number' }).primaryKey(),
		evaluationId: text('evaluation_id')
			.notNull()
			.references(() => evaluations.id),
		campaignId: text('campaign_id')
			.notNull()
			.references(() => campaigns.id),
		body: jsonb('body').notNull(),
		memberId: text('member_id')
			.notNull()
			.references(() => members.id),
		at: timestamp('at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('review_events_evaluation_idx').on(t.evaluationId),
		index('review_events_campaign_idx').on(t.campaignId)
	]
);

/** A manager's dispute of one check of a released evaluation (`body` is a domain `Dispute`). */
export const disputes = pgTable(
	'disputes',
	{
		id: text('id').primaryKey(),
		evaluationId: text('evaluation_id')
			.notNull()
			.references(() => evaluations.id),
		campaignId: text('campaign_id')
			.notNull()
			.references(() => campaigns.id),
		body: jsonb('body').notNull(),
		openedAt: timestamp('opened_at', { withTimezone: true }).notNull().defaultNow(),
		decidedAt: timestamp('decided_at', { withTimezone: true })
	},
	(t) => [
		index('disputes_evaluation_idx').on(t.evaluationId),
		index('disputes_campaign_idx').on(t.campaignId)
	]
);

// ── Calibration: raters score the same contacts blind ────────────────────────────────────

/**
 * A calibration session of a campaign: the contacts every rater scores (`contacts` is a
 * domain `CalibrationContact[]`); open until a coordinator closes it.
 */
export const calibrationSessions = pgTable(
	'calibration_sessions',
	{
		id: text('id').primaryKey(),
		campaignId: text('campaign_id')
			.notNull()
			.references(() => campaigns.id),
		title: text('title').notNull(),
		contacts: jsonb('contacts').notNull(),
		createdBy: text('created_by')
			.notNull()
			.references(() => members.id),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		closedAt: timestamp('closed_at', { withTimezone: true }),
		closedBy: text('closed_by').references(() => members.id)
	},
	(t) => [index('calibration_sessions_campaign_idx').on(t.campaignId)]
);

/** The raters invited to a session (shoppers or coordinators of its campaign). */
export const calibrationRaters = pgTable(
	'calibration_raters',
	{
		sessionId: text('session_id')
			.notNull()
			.references(() => calibrationSessions.id),
		memberId: text('member_id')
			.notNull()
			.references(() => members.id)
	},
	(t) => [
		primaryKey({ columns: [t.sessionId, t.memberId] }),
		index('calibration_raters_member_idx').on(t.memberId)
	]
);

/**
 * A rater's answers to one contact of a session (`answers`: agent-sheet check id → answer;
 * an absent check is unanswered), replaced by each later submission until the session closes.
 */
export const calibrationRatings = pgTable(
	'calibration_ratings',
	{
		sessionId: text('session_id')
			.notNull()
			.references(() => calibrationSessions.id),
		contactId: text('contact_id').notNull(),
		raterId: text('rater_id')
			.notNull()
			.references(() => members.id),
		answers: jsonb('answers').notNull(),
		submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.sessionId, t.contactId, t.raterId] })]
);

/**
 * A release set for a later date: the evaluation reads released (`released_at` = the date) but
 * managers do not see it until the row is resolved, on the first pull at or after `due_at`,
 * which gives the record a new cursor position (a manager's cursor may already be past its old
 * one). Deleted when resolved or replaced by another release.
 */
export const scheduledReleases = pgTable(
	'scheduled_releases',
	{
		evaluationId: text('evaluation_id')
			.primaryKey()
			.references(() => evaluations.id),
		dueAt: timestamp('due_at', { withTimezone: true }).notNull()
	},
	(t) => [index('scheduled_releases_due_idx').on(t.dueAt)]
);

// ── Center manager's view and disputes ───────────────────────────────────────────────────

/**
 * Versions the team server made itself (an overturned dispute's revision), for the member who
 * decided it: such a version carries no device signature, and its pulled copies say so.
 */
export const serverRevisions = pgTable(
	'server_revisions',
	{
		evaluationId: text('evaluation_id')
			.notNull()
			.references(() => evaluations.id),
		version: integer('version').notNull(),
		memberId: text('member_id')
			.notNull()
			.references(() => members.id),
		at: timestamp('at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.evaluationId, t.version] })]
);

/**
 * The file a manager attached to a dispute (e.g. their own call recording): its bytes are in
 * `blobs` (uploaded there first, resumable), named here by SHA-256.
 */
export const disputeFiles = pgTable('dispute_files', {
	disputeId: text('dispute_id')
		.primaryKey()
		.references(() => disputes.id),
	name: text('name').notNull(),
	type: text('type').notNull(),
	size: integer('size').notNull(),
	sha256: text('sha256').notNull()
});
