/**
 * The stretch of the call a center manager disputes, as typed: `m:ss` (or `m:ss.s`, or plain
 * seconds) for its start and end, both or neither. Times are in the shopper's recording.
 */
import type { AudioRange } from '$lib/domain/record/evaluation';
import { MAX_RECORDING_MS } from '$lib/domain/record/common';

export type RangeProblem = 'badClock' | 'needBoth' | 'endAfterStart' | 'tooLong';

/** Milliseconds of `m:ss`, `m:ss.s`, `h:mm:ss` or seconds; undefined when it is none of them. */
export function parseClock(text: string): number | undefined {
	const parts = text.trim().replace(/\s+/g, '').split(':');
	if (parts.length > 3 || parts.some((p) => p === '')) return undefined;
	const seconds = parts.pop()!;
	if (!/^\d+(\.\d{1,3})?$/.test(seconds) || !parts.every((p) => /^\d+$/.test(p))) return undefined;
	if (parts.length > 0 && Number(seconds) >= 60) return undefined;
	if (parts.length === 2 && Number(parts[1]) >= 60) return undefined;
	const [a = 0, b = 0] = parts.map(Number).reverse();
	return Math.round((Number(seconds) + a * 60 + b * 3600) * 1000);
}

/** The disputed stretch of two typed times: none when both are empty, else a range or why not. */
export function disputeRange(
	from: string,
	to: string
): { ok: true; range: AudioRange | undefined } | { ok: false; problem: RangeProblem } {
	if (!from.trim() && !to.trim()) return { ok: true, range: undefined };
	if (!from.trim() || !to.trim()) return { ok: false, problem: 'needBoth' };
	const startMs = parseClock(from);
	const endMs = parseClock(to);
	if (startMs === undefined || endMs === undefined) return { ok: false, problem: 'badClock' };
	if (endMs <= startMs) return { ok: false, problem: 'endAfterStart' };
	if (endMs > MAX_RECORDING_MS) return { ok: false, problem: 'tooLong' };
	return { ok: true, range: { startMs, endMs } };
}
