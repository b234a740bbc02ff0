/**
 * The small row kept per evaluation for lists and badges, so the first screen never has to
 * load and validate whole evaluations. This module stays light (the first screen loads it);
 * building a row, which scores the evaluation, is in summarize.ts.
 */
import type { Trust } from './exchange/trust';
import type { Channel } from './record/common';
import type { EvaluationStatus } from './record/evaluation';
import type { Verdict } from './scoring/score';

export interface EvaluationSummary {
	id: string;
	campaignId: string;
	centerName: string;
	status: EvaluationStatus;
	revision: number;
	channel: Channel;
	scenario: string;
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
}

/** Follow-ups still pending at `now` (their deadline has not passed). */
export function pendingCount(summaries: readonly EvaluationSummary[], now: number): number {
	let n = 0;
	for (const s of summaries) for (const d of s.pendingDeadlines) if (d >= now) n++;
	return n;
}
