/** Scores a proposed timeline against a synthetic call's truth: each true event's error, and what is left over. */
import type { ProposedEvent } from '../../domain/recording/analysis/types';
import type { TruthEvent } from './builder';

/** Key tones within ±0.1 s; everything else (speech onsets and ends, tones, music) within ±0.3 s. */
export const toleranceMs = (t: TruthEvent) =>
	t.type === 'menu' || t.type === 'agent-request' ? 100 : 300;

export interface Scored {
	matched: { truth: TruthEvent; event: ProposedEvent; errorMs: number }[];
	missed: TruthEvent[];
	spurious: ProposedEvent[];
}

/** Pairs each true event with the nearest unused proposed event of its type (and key). */
export function scoreTimeline(
	truth: readonly TruthEvent[],
	events: readonly ProposedEvent[]
): Scored {
	const used = new Set<ProposedEvent>();
	const matched: Scored['matched'] = [];
	const missed: TruthEvent[] = [];
	for (const t of truth) {
		let best: ProposedEvent | undefined;
		for (const e of events) {
			if (used.has(e) || e.type !== t.type || (t.key !== undefined && e.key !== t.key)) continue;
			if (!best || Math.abs(e.atMs - t.atMs) < Math.abs(best.atMs - t.atMs)) best = e;
		}
		if (best) {
			used.add(best);
			matched.push({ truth: t, event: best, errorMs: best.atMs - t.atMs });
		} else missed.push(t);
	}
	return { matched, missed, spurious: events.filter((e) => !used.has(e)) };
}
