/**
 * The Korean ringback tone (TTA/KS: 440 Hz + 480 Hz, 1 s on, 2 s off). At 25 ms blocks the two
 * frequencies fall on neighbouring bins, so each is measured without the other's leakage.
 */
import { TONE_BLOCK_MS, TONE_EDGE_MS, TONE_HOP_MS, toneShares } from './goertzel';

export const RINGBACK_FREQUENCIES: readonly number[] = [440, 480];
/** Minimum share of a block's energy in 440 + 480 Hz, and of each on its own. */
const MIN_PAIR_SHARE = 0.55;
const MIN_TONE_SHARE = 0.12;
const MIN_POWER = 1e-6;
/** A burst is 1 s; one between these bounds counts (a recorder may clip the first or last). */
const MIN_BURST_MS = 500;
const MAX_BURST_MS = 1600;

export interface RingbackBurst {
	startMs: number;
	endMs: number;
}

/** Ringback bursts from per-block shares of 440 and 480 Hz; dropouts up to 50 ms are bridged. */
export function ringbackFromShares(
	share440: Float32Array,
	share480: Float32Array,
	power: Float32Array
): RingbackBurst[] {
	const bursts: RingbackBurst[] = [];
	let first = -1;
	let last = -1;
	const close = () => {
		if (first < 0) return;
		const startMs = first * TONE_HOP_MS + TONE_EDGE_MS;
		const endMs = last * TONE_HOP_MS + TONE_BLOCK_MS - TONE_EDGE_MS;
		if (endMs - startMs >= MIN_BURST_MS && endMs - startMs <= MAX_BURST_MS)
			bursts.push({ startMs, endMs });
		first = -1;
	};
	for (let b = 0; b < power.length; b++) {
		const a = share440[b]!;
		const c = share480[b]!;
		const on =
			power[b]! >= MIN_POWER &&
			a + c >= MIN_PAIR_SHARE &&
			a >= MIN_TONE_SHARE &&
			c >= MIN_TONE_SHARE;
		if (on && first >= 0 && b - last <= 5) last = b;
		else if (on) {
			close();
			first = b;
			last = b;
		} else if (first >= 0 && b - last > 5) close();
	}
	close();
	return bursts;
}

/** The ringback bursts in mono PCM (ms). */
export function detectRingback(pcm: Float32Array, sampleRate: number): RingbackBurst[] {
	const { shares, power } = toneShares(pcm, sampleRate, RINGBACK_FREQUENCIES);
	return ringbackFromShares(shares[0]!, shares[1]!, power);
}
