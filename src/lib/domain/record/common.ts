/**
 * Shared primitives of the stored record. All timestamps are epoch milliseconds (UTC), the
 * value `Date.now()` returns: the stopwatch stores them directly and arithmetic stays exact.
 * Every string and array is bounded because
 * imports are untrusted.
 */
import { answerValues } from './answer-values';
import { z } from '../base/zod';
import { storableString } from '../base/text';

/** The record format version written by this app. */
export const CURRENT_SCHEMA_VERSION = 3;

export const LIMITS = {
	id: 100,
	name: 200,
	shortText: 500,
	note: 4000,
	opinion: 8000,
	url: 2000,
	answers: 1000,
	evidencePerAnswer: 50,
	ivrEvents: 2000,
	followUps: 100,
	changeLog: 20000,
	phoneNumbers: 20,
	channels: 50,
	criticalChecks: 100,
	recordings: 20,
	mutes: 100,
	moments: 500,
	clipsPerDispute: 20
} as const;

/** The longest call recording accepted: one hour. */
export const MAX_RECORDING_MS = 3_600_000;

/** Latest instant accepted (year 2200): rejects garbage such as seconds-vs-ms mix-ups ×1000. */
const MAX_EPOCH_MS = 7_258_118_400_000;

export const epochMs = z.number().int().min(0).max(MAX_EPOCH_MS);
export const uuid = z.uuid();
/** An id: generated, never typed, so one the team server cannot store is refused anywhere. */
export const idString = storableString().min(1).max(LIMITS.id);
/** A name or title a request carries: text the team server cannot store is refused (422). */
export const nameString = storableString().max(LIMITS.name);
/** A note or comment a request carries: text the team server cannot store is refused (422). */
export const noteString = storableString().max(LIMITS.note);
/**
 * Names and notes inside a stored record (evaluation, campaign). Not refused here: a phone
 * must keep reading what it already holds. The team server refuses a record holding text it
 * cannot store (`everyTextStorable`), and the phone cleans text as it is typed.
 */
export const heldName = z.string().max(LIMITS.name);
export const heldNote = z.string().max(LIMITS.note);

/** Check ids as used by the catalog: `A1-01`, `B1-07`, `S03-5`. */
export const checkId = z
	.string()
	.max(20)
	.regex(/^[A-Z][A-Z0-9]{0,3}-\d{1,2}$/, 'is not a check id (e.g. A1-01, S03-5)');

export const channels = ['phone', 'email', 'chat', 'sms-sns'] as const;
export const Channel = z.enum(channels);
export type Channel = z.infer<typeof Channel>;

export const sections = ['pre', 'in', 'post'] as const;
export type Section = (typeof sections)[number];

export { answerCredit, answerValues, offeredAnswers } from './answer-values';
export const AnswerValue = z.enum(answerValues);
export type AnswerValue = z.infer<typeof AnswerValue>;

/** A text shown to users in both languages (suggestion and verdict reasons). */
export interface Reason {
	ko: string;
	en: string;
}

/** A value the app proposes for a check from timings or follow-ups, with the reason why. */
export interface Suggestion {
	checkId: string;
	value: AnswerValue;
	reason: Reason;
}
