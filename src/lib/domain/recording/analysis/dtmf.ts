/**
 * DTMF key tones (ITU-T Q.23/Q.24): a row and a column frequency together. A block is a key when
 * the two strongest frequencies of their groups carry most of its energy, each clearly stronger
 * than the rest of its group, and their levels are within the twist limits; a key is a run of
 * such blocks lasting at least 40 ms.
 */
import type { DtmfKey } from './types';
import { TONE_BLOCK_MS, TONE_EDGE_MS, TONE_HOP_MS, toneShares } from './goertzel';

export const DTMF_ROWS = [697, 770, 852, 941] as const;
export const DTMF_COLUMNS = [1209, 1336, 1477, 1633] as const;
/** The row and column frequencies, rows first (the order `dtmfBlocks` expects its shares in). */
export const DTMF_FREQUENCIES: readonly number[] = [...DTMF_ROWS, ...DTMF_COLUMNS];

/** The keypad: rows × the first three columns (the fourth, A–D, is not on a phone). */
const KEYS: readonly (readonly DtmfKey[])[] = [
	['1', '2', '3'],
	['4', '5', '6'],
	['7', '8', '9'],
	['*', '0', '#']
];
const PHONE_COLUMNS = 3;

/** The row and column frequencies of a key. */
export function dtmfPair(key: DtmfKey): [number, number] {
	const r = KEYS.findIndex((row) => row.includes(key));
	return [DTMF_ROWS[r]!, DTMF_COLUMNS[KEYS[r]!.indexOf(key)]!];
}

/** Minimum share of a block's energy in the row + column tones. */
const MIN_PAIR_SHARE = 0.6;
/** Each tone of the pair must carry at least this share on its own. */
const MIN_TONE_SHARE = 0.12;
/** The strongest of a group must be this many times the second (8 dB). */
const GROUP_RATIO = 6.3;
/** Twist: row/column level ratio within ±8 dB. */
const MAX_TWIST = 6.3;
/** Blocks quieter than this mean power (−60 dBFS) are never a key. */
const MIN_POWER = 1e-6;
/** A key lasts at least this long. */
export const MIN_KEY_MS = 40;

export interface DetectedKey {
	key: DtmfKey;
	startMs: number;
	endMs: number;
}

function strongest(shares: readonly Float32Array[], from: number, b: number) {
	let best = -1;
	let first = 0;
	let second = 0;
	for (let i = from; i < from + 4; i++) {
		const s = shares[i]![b]!;
		if (s > first) {
			second = first;
			first = s;
			best = i - from;
		} else if (s > second) second = s;
	}
	return { best, first, second };
}

/** The key heard in block b, or null. */
function keyOfBlock(shares: readonly Float32Array[], power: Float32Array, b: number) {
	if (power[b]! < MIN_POWER) return null;
	const row = strongest(shares, 0, b);
	const col = strongest(shares, 4, b);
	if (row.best < 0 || col.best < 0 || col.best >= PHONE_COLUMNS) return null;
	if (row.first + col.first < MIN_PAIR_SHARE) return null;
	if (row.first < MIN_TONE_SHARE || col.first < MIN_TONE_SHARE) return null;
	if (row.first < GROUP_RATIO * row.second || col.first < GROUP_RATIO * col.second) return null;
	const twist = row.first / col.first;
	if (twist > MAX_TWIST || twist < 1 / MAX_TWIST) return null;
	return KEYS[row.best]![col.best]!;
}

/**
 * Keys from per-block tone shares (rows then columns, as DTMF_FREQUENCIES); a one-block dropout
 * inside a key is bridged.
 */
export function dtmfFromShares(
	shares: readonly Float32Array[],
	power: Float32Array
): DetectedKey[] {
	const keys: DetectedKey[] = [];
	let current = null as { key: DtmfKey; first: number; last: number } | null;
	const close = () => {
		if (!current) return;
		const startMs = current.first * TONE_HOP_MS + TONE_EDGE_MS;
		const endMs = current.last * TONE_HOP_MS + TONE_BLOCK_MS - TONE_EDGE_MS;
		if (endMs - startMs >= MIN_KEY_MS - TONE_HOP_MS / 2)
			keys.push({ key: current.key, startMs, endMs });
		current = null;
	};
	for (let b = 0; b < power.length; b++) {
		const key = keyOfBlock(shares, power, b);
		if (key && current?.key === key && b - current.last <= 2) current.last = b;
		else if (key) {
			close();
			current = { key, first: b, last: b };
		} else if (current && b - current.last > 2) close();
	}
	close();
	return keys;
}

/** The DTMF keys in mono PCM, with their onsets and ends (ms). */
export function detectDtmf(pcm: Float32Array, sampleRate: number): DetectedKey[] {
	const { shares, power } = toneShares(pcm, sampleRate, DTMF_FREQUENCIES);
	return dtmfFromShares(shares, power);
}
