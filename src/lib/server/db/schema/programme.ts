// The programme: settings, scenarios, plan, assignments, review events, disputes and their
// files, scheduled releases, and the revisions a manager's view reads.
import { bigserial, index, integer, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { byMember, memberRef } from './auth';
import { campaigns, campaignRef } from './campaigns';
import { instant, keyOf, writtenAt } from './columns';
import { evaluationRef, evaluations } from './records';

/** Per-campaign programme settings (absent row = the defaults). */
export const campaignSettings = pgTable('campaign_settings', {
	campaignId: keyOf('campaign_id', () => campaigns.id),
	/** Days a manager has to dispute a released evaluation. */
	disputeDays: integer('dispute_days').notNull().default(14),
	/** Days after release the audio of call recordings is kept (retention.ts). */
	recordingRetentionDays: integer('recording_retention_days').notNull().default(90)
});

/** A campaign's scenario library (`body` is a domain `Scenario`). */
export const scenarios = pgTable(
	'scenarios',
	{
		id: text('id').primaryKey(),
		campaignId: campaignRef(),
		body: jsonb('body').notNull(),
		updatedAt: writtenAt('updated_at'),
		updatedBy: byMember('updated_by')
	},
	(t) => [index('scenarios_campaign_idx').on(t.campaignId)]
);

/** A campaign's sampling plan (`body` is a domain `Plan`), one per campaign. */
export const plans = pgTable('plans', {
	campaignId: keyOf('campaign_id', () => campaigns.id),
	body: jsonb('body').notNull(),
	version: integer('version').notNull().default(1),
	updatedAt: writtenAt('updated_at'),
	updatedBy: byMember('updated_by')
});

/** Contacts to make, by hand or generated from the plan's open cells. */
export const assignments = pgTable(
	'assignments',
	{
		id: text('id').primaryKey(),
		campaignId: campaignRef(),
		shopperId: memberRef('shopper_id'),
		scenarioId: text('scenario_id'),
		channel: text('channel').notNull(),
		timeSlot: text('time_slot').notNull(),
		windowFrom: text('window_from').notNull(),
		windowTo: text('window_to').notNull(),
		cellId: text('cell_id'),
		status: text('status', { enum: ['open', 'cancelled'] })
			.notNull()
			.default('open'),
		createdBy: byMember('created_by'),
		createdAt: writtenAt('created_at'),
		cancelledAt: instant('cancelled_at')
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
		evaluationId: evaluationRef(),
		campaignId: campaignRef(),
		body: jsonb('body').notNull(),
		memberId: memberRef(),
		at: writtenAt('at')
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
		evaluationId: evaluationRef(),
		campaignId: campaignRef(),
		body: jsonb('body').notNull(),
		openedAt: writtenAt('opened_at'),
		decidedAt: instant('decided_at')
	},
	(t) => [
		index('disputes_evaluation_idx').on(t.evaluationId),
		index('disputes_campaign_idx').on(t.campaignId)
	]
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
		evaluationId: keyOf('evaluation_id', () => evaluations.id),
		dueAt: instant('due_at').notNull()
	},
	(t) => [index('scheduled_releases_due_idx').on(t.dueAt)]
);

/**
 * Versions the team server made itself (an overturned dispute's revision), for the member who
 * decided it: such a version carries no device signature, and its pulled copies say so.
 */
export const serverRevisions = pgTable(
	'server_revisions',
	{
		evaluationId: evaluationRef(),
		version: integer('version').notNull(),
		memberId: memberRef(),
		at: writtenAt('at')
	},
	(t) => [primaryKey({ columns: [t.evaluationId, t.version] })]
);

/**
 * The file a manager attached to a dispute (e.g. their own call recording): its bytes are in
 * `blobs` (uploaded there first, resumable), named here by SHA-256.
 */
export const disputeFiles = pgTable('dispute_files', {
	disputeId: keyOf('dispute_id', () => disputes.id),
	name: text('name').notNull(),
	type: text('type').notNull(),
	size: integer('size').notNull(),
	sha256: text('sha256').notNull()
});
