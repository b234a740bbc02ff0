/** Which evaluations an aggregate covers. Empty or absent lists mean "all". */
import type { Channel } from '../record/common';
import type { Evaluation, TimeSlot } from '../record/evaluation';

export interface AggregateFilter {
	campaignIds?: string[];
	/** Inclusive epoch-ms bounds on when the contact happened (see `occurredAt`). */
	from?: number;
	to?: number;
	channels?: Channel[];
	timeSlots?: TimeSlot[];
	evaluators?: string[];
	agentNames?: string[];
}

const setOf = <T>(xs: T[] | undefined) => (xs && xs.length ? new Set(xs) : null);

/** Compiles a filter into a predicate over (evaluation, occurredAt). */
export function compileFilter(f: AggregateFilter): (e: Evaluation, at: number) => boolean {
	const campaigns = setOf(f.campaignIds);
	const chans = setOf(f.channels);
	const slots = setOf(f.timeSlots);
	const evaluators = setOf(f.evaluators);
	const agents = setOf(f.agentNames);
	const from = f.from ?? -Infinity;
	const to = f.to ?? Infinity;
	return (e, at) =>
		at >= from &&
		at <= to &&
		(!campaigns || campaigns.has(e.campaignId)) &&
		(!chans || chans.has(e.channel)) &&
		(!slots || slots.has(e.timeSlot)) &&
		(!evaluators || evaluators.has(e.evaluator)) &&
		(!agents || (e.agent?.name !== undefined && agents.has(e.agent.name)));
}
