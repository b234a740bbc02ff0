/**
 * Calibration sessions on the wire: what a coordinator sends to open one, what a rater sends
 * for a contact, and what the server answers. Shared by the routes, the services and the phone.
 * Blindness is a server rule: a rater's view carries their own answers only; everybody's
 * answers travel in `CalibrationResults`, which exists only once the session is closed.
 */
import { z } from '../base/zod';
import { AnswerValue, checkId, epochMs, idString, LIMITS, nameString } from '../record/common';
import { storableString } from '../base/text';

/** One contact every rater scores: a short description of the recording or the call. */
export const CalibrationContact = z.object({
	id: idString,
	description: storableString().trim().min(1).max(LIMITS.shortText)
});
export type CalibrationContact = z.infer<typeof CalibrationContact>;

/** A rater's answers to one contact, by agent-sheet check id (an absent check = unanswered). */
export const CalibrationAnswers = z.record(checkId, AnswerValue);
export type CalibrationAnswers = z.infer<typeof CalibrationAnswers>;

export const MAX_CALIBRATION_CONTACTS = 20;
export const MAX_CALIBRATION_RATERS = 20;

/** POST /calibration: a coordinator opens a session. */
export const NewCalibrationSession = z.object({
	campaignId: idString,
	title: nameString.trim().min(1, 'a title is needed'),
	contacts: z
		.array(z.object({ description: CalibrationContact.shape.description }))
		.min(1, 'at least one contact is needed')
		.max(MAX_CALIBRATION_CONTACTS),
	raterIds: z
		.array(idString)
		.min(2, 'at least two raters are needed')
		.max(MAX_CALIBRATION_RATERS)
		.refine((ids) => new Set(ids).size === ids.length, 'a rater is named twice')
});
export type NewCalibrationSession = z.infer<typeof NewCalibrationSession>;

/** PUT /calibration/:id/ratings/:contactId: a rater's answers to one contact (all of them). */
export const PutCalibrationRating = z.object({ answers: CalibrationAnswers });
export type PutCalibrationRating = z.infer<typeof PutCalibrationRating>;

export const CalibrationRater = z.object({
	id: idString,
	name: nameString,
	/** How many contacts this rater has sent answers for (never the answers themselves). */
	ratedContacts: z.number().int().min(0)
});
export type CalibrationRater = z.infer<typeof CalibrationRater>;

/** A session as its coordinator and its raters see it. */
export const CalibrationSession = z.object({
	id: idString,
	campaignId: idString,
	campaignName: nameString,
	title: nameString,
	contacts: z.array(CalibrationContact),
	raters: z.array(CalibrationRater),
	/** Whether the campaign's template offers 'partial'. */
	allowPartial: z.boolean(),
	createdBy: nameString,
	createdAt: epochMs,
	closedAt: epochMs.nullable(),
	/** The caller coordinates the campaign (may close the session). */
	canClose: z.boolean(),
	/** The caller is one of the raters. */
	isRater: z.boolean()
});
export type CalibrationSession = z.infer<typeof CalibrationSession>;

export const CalibrationSessionList = z.object({ sessions: z.array(CalibrationSession) });
export type CalibrationSessionList = z.infer<typeof CalibrationSessionList>;

/** One rater's answers to one contact. */
export const CalibrationRating = z.object({
	contactId: idString,
	answers: CalibrationAnswers,
	submittedAt: epochMs
});
export type CalibrationRating = z.infer<typeof CalibrationRating>;

/** GET /calibration/:id: the session and the caller's own answers (nobody else's). */
export const CalibrationView = z.object({
	session: CalibrationSession,
	mine: z.array(CalibrationRating)
});
export type CalibrationView = z.infer<typeof CalibrationView>;

export const CalibrationRatingSaved = z.object({ contactId: idString, submittedAt: epochMs });

const interval = z.object({ low: z.number(), high: z.number() }).nullable();

/** The agreement of the raters on one check (or on every check pooled: `checkId` null). */
export const CheckAgreement = z.object({
	checkId: checkId.nullable(),
	/** Contacts with answers from two or more raters. */
	units: z.number().int().min(0),
	percent: z.number().nullable(),
	/** Cohen's kappa for two raters who both answered every contact; alpha otherwise. */
	statistic: z.enum(['kappa', 'alpha']),
	value: z.number().nullable(),
	interval
});
export type CheckAgreement = z.infer<typeof CheckAgreement>;

export const RaterLine = z.object({
	raterId: idString,
	name: nameString,
	contacts: z.number().int().min(0),
	meanDeviation: z.number().nullable(),
	/** The mean deviation rounded exactly to whole tenths (what the results screen shows). */
	meanDeviationTenths: z.number().int().nullable(),
	meanAbsoluteDeviation: z.number().nullable(),
	withinTolerance: z.number().nullable(),
	calibrated: z.boolean()
});
export type RaterLine = z.infer<typeof RaterLine>;

/** GET /calibration/:id/results (only once closed). */
export const CalibrationResults = z.object({
	session: CalibrationSession,
	overall: CheckAgreement,
	checks: z.array(CheckAgreement),
	raters: z.array(RaterLine),
	/** Per contact: the consensus score and each rater's score (by rater id; null = no score). */
	contacts: z.array(
		z.object({
			contactId: idString,
			consensus: z.number().nullable(),
			scores: z.record(idString, z.number().nullable())
		})
	),
	/** Everybody's answers, readable now that the session is closed: rater → contact → answers. */
	answers: z.record(idString, z.record(idString, CalibrationAnswers))
});
export type CalibrationResults = z.infer<typeof CalibrationResults>;
