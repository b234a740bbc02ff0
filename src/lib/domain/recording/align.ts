/**
 * The stopwatch and the recording side by side. Events measured from a recording sit at
 * "milliseconds from the recording's start"; their wall-clock instants need an anchor: where
 * the shopper also ran the stopwatch, the anchor that lays the audio over the taps best (the
 * median of their differences, so one late tap does not move the rest); else the recording's
 * own start when known. Events of the two more than `DISAGREE_MS` apart are flagged on review.
 */
import type { IvrEvent, Recording } from '../record/evaluation';
import { fromAudio, tappedIvrEvents } from '../scoring/ivr';

/** Farther apart than this, a tapped and a measured event are flagged. */
export const DISAGREE_MS = 2000;

/** An event measured from a recording, placed by its offset. */
export interface OffsetEvent {
	type: IvrEvent['type'];
	key?: IvrEvent['key'];
	atMs: number;
}

const kindOf = (e: { type: string; key?: string }) =>
	e.type === 'menu' ? `menu ${e.key ?? ''}` : e.type;

/** Pairs the k-th event of each kind on one side with the k-th of that kind on the other. */
function pairs<A extends { type: string; key?: string }, B extends { type: string; key?: string }>(
	left: readonly A[],
	right: readonly B[]
): [A, B][] {
	const queue = new Map<string, B[]>();
	for (const b of right) queue.set(kindOf(b), [...(queue.get(kindOf(b)) ?? []), b]);
	const out: [A, B][] = [];
	for (const a of left) {
		const b = queue.get(kindOf(a))?.shift();
		if (b) out.push([a, b]);
	}
	return out;
}

function median(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid]! : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2);
}

/**
 * The wall-clock instant of the recording's start: laid over the taps when there are any that
 * pair with the measured events, else the recording's own start; undefined when neither is
 * known (the screen then asks the shopper when the call began).
 */
export function anchorOf(
	recording: Pick<Recording, 'startedAt'>,
	events: readonly IvrEvent[],
	measured: readonly OffsetEvent[]
): { at: number; by: 'stopwatch' | 'recording' } | undefined {
	const sortedTaps = [...tappedIvrEvents(events)].sort((a, b) => a.at - b.at);
	const sortedAudio = [...measured].sort((a, b) => a.atMs - b.atMs);
	const matched = pairs(sortedTaps, sortedAudio);
	if (matched.length > 0)
		return { at: median(matched.map(([t, m]) => t.at - m.atMs)), by: 'stopwatch' };
	return recording.startedAt === undefined
		? undefined
		: { at: recording.startedAt, by: 'recording' };
}

/** A tapped event and the measured one of the same kind, and how far apart they are. */
export interface Disagreement {
	type: IvrEvent['type'];
	key?: IvrEvent['key'];
	tappedId: string;
	audioId: string;
	/** Measured minus tapped, in ms (positive: the tap came early). */
	diffMs: number;
}

/** The tapped and measured events of a record that lie more than `DISAGREE_MS` apart. */
export function ivrDisagreements(events: readonly IvrEvent[]): Disagreement[] {
	const taps = [...tappedIvrEvents(events)].sort((a, b) => a.at - b.at);
	const audio = events.filter(fromAudio).sort((a, b) => a.at - b.at);
	if (taps.length === 0 || audio.length === 0) return [];
	return pairs(taps, audio)
		.map(([t, a]) => ({
			type: t.type,
			...(t.key === undefined ? {} : { key: t.key }),
			tappedId: t.id,
			audioId: a.id,
			diffMs: a.at - t.at
		}))
		.filter((d) => Math.abs(d.diffMs) > DISAGREE_MS);
}
