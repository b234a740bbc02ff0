/** Which evaluations an aggregate covers. Empty or absent lists mean "all". */
import type { Channel } from '../record/common';
import type { Evaluation, TimeSlot } from '../record/evaluation';
import type { Reading } from '../reading/reading';

export interface AggregateFilter {
	campaignIds?: string[];
	/** Inclusive epoch-ms bounds on when the contact happened (the reading's `occurredAt`). */
	from?: number;
	to?: number;
	channels?: Channel[];
	/** The reading's slots (from 상담 일시). */
	timeSlots?: TimeSlot[];
	evaluators?: string[];
	agentNames?: string[];
}

const setOf = <T>(xs: T[] | undefined) => (xs && xs.length ? new Set(xs) : null);

/** Compiles a filter into a predicate over a record and its reading. */
export function compileFilter(
	f: AggregateFilter
): (e: Evaluation, r: Pick<Reading, 'occurredAt' | 'timeSlot'>) => boolean {
	const campaigns = setOf(f.campaignIds);
	const chans = setOf(f.channels);
	const slots = setOf(f.timeSlots);
	const evaluators = setOf(f.evaluators);
	const agents = setOf(f.agentNames);
	const from = f.from ?? -Infinity;
	const to = f.to ?? Infinity;
	return (e, r) =>
		r.occurredAt >= from &&
		r.occurredAt <= to &&
		(!campaigns || campaigns.has(e.campaignId)) &&
		(!chans || chans.has(e.channel)) &&
		(!slots || slots.has(r.timeSlot)) &&
		(!evaluators || evaluators.has(e.evaluator)) &&
		(!agents || (e.agent?.name !== undefined && agents.has(e.agent.name)));
}
