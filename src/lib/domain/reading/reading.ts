/**
 * The reading of a record: every figure derived from an evaluation, as `readRecord` (read.ts)
 * computes it from the record, the template it is scored under and the clock. It is stored
 * beside the record on both sides (the phone's summary rows, the server's reading columns) and
 * every screen, file and SQL tally reads it. This module stays light (the first screen loads
 * it): only the shape and the refresh rule. Rules: docs/scoring.md, "One reading of a record".
 */
import type { EvaluationStatus, FollowUp, TimeSlot } from '../record/evaluation';
import type { Weekday } from '../record/seoul-time';
import type { Verdict } from '../scoring/score';

/** Follow-ups of one kind by their status at the reading's instant. */
export interface FollowUpTally {
	met: number;
	notMet: number;
	pending: number;
	unknownStandard: number;
}

export interface Reading {
	/** The scoring plan it was read under (catalog revision and template: pinned once final). */
	planKey: string;
	/** As it reads at the instant: 'awaiting-follow-up' reads 'final' once nothing is pending. */
	status: EvaluationStatus;
	countsInReports: boolean;
	/** Rounded to one decimal, as every screen shows it; null = no applicable checks. */
	score: number | null;
	verdict: Verdict | null;
	/** Expected checks left unanswered. */
	incomplete: number;
	criticalDefects: number;
	/** When the contact happened (epoch ms): 상담 일시, else the IVR start, else creation. */
	occurredAt: number;
	/** The slot of 상담 일시's start in Seoul; the record's own slot only without it. */
	timeSlot: TimeSlot;
	/** The Seoul weekday of 상담 일시's date, else of `occurredAt`. */
	weekday: Weekday;
	followUps: Record<FollowUp['kind'], FollowUpTally>;
	/** Deadlines (epoch ms) of the follow-ups still pending, earliest first. */
	pendingDeadlines: number[];
	/**
	 * The last instant this reading holds by the clock alone (its first pending deadline: a
	 * follow-up is pending up to and including it); null when only a new version changes it.
	 */
	changesAfter: number | null;
}

/**
 * The one refresh rule, for every stored reading on every side: a reading that holds until
 * `changesAfter` is read again once `now` has passed that instant.
 */
export function isDue(changesAfter: number | null | undefined, now: number): boolean {
	return changesAfter !== null && changesAfter !== undefined && now > changesAfter;
}
