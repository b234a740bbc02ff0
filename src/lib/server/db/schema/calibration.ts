// Calibration: raters score the same contacts blind.
import { index, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { byMember, memberRef } from './auth';
import { campaignRef } from './campaigns';
import { instant, refTo, writtenAt } from './columns';

/**
 * A calibration session of a campaign: the contacts every rater scores (`contacts` is a
 * domain `CalibrationContact[]`); open until a coordinator closes it.
 */
export const calibrationSessions = pgTable(
	'calibration_sessions',
	{
		id: text('id').primaryKey(),
		campaignId: campaignRef(),
		title: text('title').notNull(),
		contacts: jsonb('contacts').notNull(),
		createdBy: memberRef('created_by'),
		createdAt: writtenAt('created_at'),
		closedAt: instant('closed_at'),
		closedBy: byMember('closed_by')
	},
	(t) => [index('calibration_sessions_campaign_idx').on(t.campaignId)]
);

/** The raters invited to a session (shoppers or coordinators of its campaign). */
export const calibrationRaters = pgTable(
	'calibration_raters',
	{
		sessionId: refTo('session_id', () => calibrationSessions.id),
		memberId: memberRef()
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
		sessionId: refTo('session_id', () => calibrationSessions.id),
		contactId: text('contact_id').notNull(),
		raterId: memberRef('rater_id'),
		answers: jsonb('answers').notNull(),
		submittedAt: writtenAt('submitted_at')
	},
	(t) => [primaryKey({ columns: [t.sessionId, t.contactId, t.raterId] })]
);
