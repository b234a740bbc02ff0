/**
 * The small row kept per evaluation for lists and badges, so the first screen never has to
 * load and validate whole evaluations: the phone's stored reading of the record (see
 * domain/reading) with what a list shows beside it. This module stays light (the first screen
 * loads it); building a row, which reads the evaluation, is in summarize.ts.
 */
import type { Trust } from './exchange/trust';
import type { Channel } from './record/common';
import type { EvaluationStatus, TimeSlot } from './record/evaluation';
import type { Weekday } from './record/seoul-time';
import { isDue } from './reading/reading';
import type { Verdict } from './scoring/score';

export interface EvaluationSummary {
	id: string;
	campaignId: string;
	centerName: string;
	status: EvaluationStatus;
	revision: number;
	channel: Channel;
	scenario: string;
	/** The campaign scenario the contact follows, if any (the progress grid's cell). */
	scenarioId?: string;
	evaluator: string;
	score: number | null;
	verdict: Verdict | null;
	incomplete: number;
	criticalDefects: number;
	/** Deadlines (epoch ms) of the follow-ups still waiting for a response. */
	pendingDeadlines: number[];
	imported: boolean;
	createdAt: number;
	updatedAt: number;
	/** How the file an imported record came in was trusted (absent: made here). */
	trust?: Trust;
	/** When the contact happened (see `occurredAt`); absent on rows written before it existed. */
	occurredAt?: number;
	/** The reading's slot and weekday (from 상담 일시); absent on rows written before them. */
	timeSlot?: TimeSlot;
	weekday?: Weekday;
}

/**
 * True when a stored row must be read again before it is shown: the reading's refresh rule
 * (its first pending deadline has passed), or a row written before it held the whole reading.
 */
export function isStale(
	s: Pick<EvaluationSummary, 'pendingDeadlines' | 'timeSlot' | 'weekday'>,
	now: number
): boolean {
	return s.timeSlot === undefined || s.weekday === undefined || isDue(s.pendingDeadlines[0], now);
}

/** Follow-ups still pending at `now` (their deadline has not passed). */
export function pendingCount(summaries: readonly EvaluationSummary[], now: number): number {
	let n = 0;
	for (const s of summaries) for (const d of s.pendingDeadlines) if (d >= now) n++;
	return n;
}
