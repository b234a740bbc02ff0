/**
 * Frame features on a 10 ms grid: the level of each frame and the spectral flux around it (how
 * fast the spectrum's shape changes). Speech changes its spectrum every few tens of milliseconds
 * (formants, voicing, consonants); held or plucked notes keep theirs between onsets.
 */
import { fft, fftPlan } from './fft';

export const FRAME_MS = 10;
const WINDOW = 512;
/**
 * Band powers are summed over this many frames (40 ms) before the flux, so two close partials
 * beating against each other (a chord of sines) do not look like a changing spectrum.
 */
const SMOOTH = 4;
/** Flux compares a frame with the one this many frames earlier (no shared samples). */
const FLUX_LAG = 4;
const BANDS = 20;
const LOW_HZ = 150;
const HIGH_HZ = 6000;

export interface Frames {
	/** Mean power of each 10 ms frame, in dB full scale (−100 for digital silence). */
	levelDb: Float32Array;
	/** Energy-weighted mean absolute change of the log band levels (dB) against FLUX_LAG frames before. */
	flux: Float32Array;
}

function bandEdges(sampleRate: number): Uint16Array {
	const edges = new Uint16Array(BANDS + 1);
	for (let b = 0; b <= BANDS; b++) {
		const hz = LOW_HZ * Math.pow(HIGH_HZ / LOW_HZ, b / BANDS);
		edges[b] = Math.max(1, Math.round((hz * WINDOW) / sampleRate));
	}
	return edges;
}

/** Level and flux of every 10 ms frame of mono PCM. */
export function frameFeatures(pcm: Float32Array, sampleRate: number): Frames {
	const hop = Math.round((sampleRate * FRAME_MS) / 1000);
	const count = Math.floor(pcm.length / hop);
	const levelDb = new Float32Array(count);
	const flux = new Float32Array(count);
	const plan = fftPlan(WINDOW);
	const hann = new Float64Array(WINDOW);
	for (let i = 0; i < WINDOW; i++) hann[i] = 0.5 - 0.5 * Math.cos((2 * Math.PI * i) / WINDOW);
	const edges = bandEdges(sampleRate);
	const re = new Float64Array(WINDOW);
	const im = new Float64Array(WINDOW);
	// Rings of the last SMOOTH frames' band powers and the last FLUX_LAG + 1 smoothed ones.
	const raw = Array.from({ length: SMOOTH }, () => new Float64Array(BANDS));
	const logs = Array.from({ length: FLUX_LAG + 1 }, () => new Float64Array(BANDS));
	const shares = Array.from({ length: FLUX_LAG + 1 }, () => new Float64Array(BANDS));
	for (let t = 0; t < count; t++) {
		const start = t * hop;
		let e = 0;
		for (let i = start; i < start + hop; i++) e += pcm[i]! * pcm[i]!;
		levelDb[t] = e > 0 ? Math.max(-100, 10 * Math.log10(e / hop)) : -100;
		// The window is centred on the frame.
		const from = start + hop / 2 - WINDOW / 2;
		for (let i = 0; i < WINDOW; i++) {
			const s = from + i;
			re[i] = s >= 0 && s < pcm.length ? pcm[s]! * hann[i]! : 0;
			im[i] = 0;
		}
		fft(plan, re, im);
		const bands = raw[t % SMOOTH]!;
		for (let b = 0; b < BANDS; b++) {
			let p = 0;
			const to = Math.max(edges[b]! + 1, edges[b + 1]!);
			for (let k = edges[b]!; k < to; k++) p += re[k]! * re[k]! + im[k]! * im[k]!;
			bands[b] = p;
		}
		const log = logs[t % (FLUX_LAG + 1)]!;
		const share = shares[t % (FLUX_LAG + 1)]!;
		let total = 0;
		for (let b = 0; b < BANDS; b++) {
			let p = 0;
			for (const r of raw) p += r[b]!;
			share[b] = p;
			log[b] = 10 * Math.log10(p + 1e-9);
			total += p;
		}
		for (let b = 0; b < BANDS; b++) share[b] = total > 0 ? share[b]! / total : 0;
		if (t < FLUX_LAG + SMOOTH || total <= 0) continue;
		const before = logs[(t - FLUX_LAG) % (FLUX_LAG + 1)]!;
		const shareBefore = shares[(t - FLUX_LAG) % (FLUX_LAG + 1)]!;
		let f = 0;
		for (let b = 0; b < BANDS; b++)
			f += 0.5 * (share[b]! + shareBefore[b]!) * Math.abs(log[b]! - before[b]!);
		flux[t] = f;
	}
	return { levelDb, flux };
}
