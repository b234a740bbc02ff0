// Calibration: raters score the same contacts blind.
import { index, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { members } from './auth';
import { campaigns } from './campaigns';

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
