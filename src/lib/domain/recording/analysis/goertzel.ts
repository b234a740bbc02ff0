/** The Goertzel algorithm: the power of one frequency in a block, cheaper than an FFT for a few. */

/** The Goertzel coefficient 2·cos(2πf/rate) of a frequency. */
export function goertzelCoefficient(frequency: number, sampleRate: number): number {
	return 2 * Math.cos((2 * Math.PI * frequency) / sampleRate);
}

/** |X(f)|² of pcm[start, start + length) for a coefficient from `goertzelCoefficient`. */
export function goertzelPower(
	pcm: Float32Array,
	start: number,
	length: number,
	coefficient: number
): number {
	let s1 = 0;
	let s2 = 0;
	const end = start + length;
	for (let i = start; i < end; i++) {
		const s0 = pcm[i]! + coefficient * s1 - s2;
		s2 = s1;
		s1 = s0;
	}
	return s1 * s1 + s2 * s2 - coefficient * s1 * s2;
}

/** The sum of squares of pcm[start, start + length). */
export function blockEnergy(pcm: Float32Array, start: number, length: number): number {
	let e = 0;
	const end = start + length;
	for (let i = start; i < end; i++) e += pcm[i]! * pcm[i]!;
	return e;
}

/**
 * The share (0..1) of a block's energy carried by one frequency: 2|X|²/(N·Σx²), which is 1 for a
 * pure sine at that frequency (on a bin of the block) and near 0 for broadband sound.
 */
export function toneShare(power: number, length: number, energy: number): number {
	return energy > 0 ? (2 * power) / (length * energy) : 0;
}

/** Tone detection runs over blocks of 25 ms every 10 ms (a 40 Hz resolution at any rate). */
export const TONE_BLOCK_MS = 25;
export const TONE_HOP_MS = 10;
/**
 * A tone's share of a block is the part of the block it covers, so a block passes a 60 % share
 * test once the tone covers 15 ms of its 25: a run of passing blocks starts about 10 ms before
 * the tone and ends about 10 ms after it. Runs are trimmed by this much at each end.
 */
export const TONE_EDGE_MS = 10;

/**
 * For each block (TONE_BLOCK_MS every TONE_HOP_MS) the energy share of each frequency, and the
 * block's mean power; `shares[f][b]` is frequency f in block b.
 */
export function toneShares(
	pcm: Float32Array,
	sampleRate: number,
	frequencies: readonly number[]
): { shares: Float32Array[]; power: Float32Array; hop: number; length: number } {
	const length = Math.round((sampleRate * TONE_BLOCK_MS) / 1000);
	const hop = Math.round((sampleRate * TONE_HOP_MS) / 1000);
	const blocks = pcm.length >= length ? Math.floor((pcm.length - length) / hop) + 1 : 0;
	const coefficients = frequencies.map((f) => goertzelCoefficient(f, sampleRate));
	const shares = frequencies.map(() => new Float32Array(blocks));
	const power = new Float32Array(blocks);
	for (let b = 0; b < blocks; b++) {
		const start = b * hop;
		const energy = blockEnergy(pcm, start, length);
		power[b] = energy / length;
		if (energy <= 0) continue;
		for (let f = 0; f < coefficients.length; f++) {
			const p = goertzelPower(pcm, start, length, coefficients[f]!);
			shares[f]![b] = toneShare(p, length, energy);
		}
	}
	return { shares, power, hop, length };
}
