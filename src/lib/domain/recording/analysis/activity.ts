/**
 * Voice activity and hold music vs speech on the 10 ms frame grid. A frame is sound when it is
 * well above the recording's noise floor; sound that is not a tone is speech when the spectral
 * flux around it (the median over ±250 ms of sound) is high, music when it is low.
 */
import { FRAME_MS, type Frames } from './features';
import type { AudioSegment, SegmentKind } from './types';

/** Sound is at least this far above the noise floor (the 5th percentile of frame levels). */
const ABOVE_FLOOR_DB = 6;
/** …and never quieter than this (dBFS), so a silent recording has no sound at all. */
const MIN_SOUND_DB = -55;
/** Median flux (dB) above which sound is speech. */
export const SPEECH_FLUX_DB = 2.2;
const FLUX_HALF_WINDOW = 25;
/** Sound runs shorter than this are clicks, not speech or music. */
const MIN_SOUND_MS = 60;
/** A run of one class shorter than this between runs of the other takes their class. */
const MIN_CLASS_MS = 400;

export type FrameClass = 0 | 1 | 2 | 3 | 4;
export const SILENCE = 0;
export const SPEECH = 1;
export const MUSIC = 2;
export const TONE = 3;
export const RINGBACK = 4;
const KIND: readonly SegmentKind[] = ['silence', 'speech', 'music', 'tone', 'ringback'];

function percentile(values: Float32Array, p: number): number {
	const sorted = Float32Array.from(values).sort();
	return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? -100;
}

function median(values: number[]): number {
	values.sort((a, b) => a - b);
	return values[values.length >> 1] ?? 0;
}

/** Relabels runs of `from` shorter than `minFrames` that sit between runs of `to`-or-other sound. */
function absorbShortRuns(labels: Uint8Array, kind: number, minFrames: number, into: number): void {
	let t = 0;
	while (t < labels.length) {
		if (labels[t] !== kind) {
			t++;
			continue;
		}
		let end = t;
		while (end < labels.length && labels[end] === kind) end++;
		const before = t > 0 ? labels[t - 1] : SILENCE;
		const after = end < labels.length ? labels[end] : SILENCE;
		if (end - t < minFrames && (before === into || after === into)) labels.fill(into, t, end);
		t = end;
	}
}

/**
 * A class for every frame: silence, speech, music, or a tone (`toneFrames`: 3 = DTMF,
 * 4 = ringback, 0 = none).
 */
export function classifyFrames(frames: Frames, toneFrames: Uint8Array): Uint8Array {
	const n = frames.levelDb.length;
	const threshold = Math.max(percentile(frames.levelDb, 0.05) + ABOVE_FLOOR_DB, MIN_SOUND_DB);
	const labels = new Uint8Array(n);
	for (let t = 0; t < n; t++) {
		if (toneFrames[t]) labels[t] = toneFrames[t]!;
		else if (frames.levelDb[t]! > threshold) labels[t] = SPEECH;
	}
	// Clicks and the edges of tones are not sound.
	const minSound = Math.round(MIN_SOUND_MS / FRAME_MS);
	for (let t = 0; t < n;) {
		let end = t;
		while (end < n && labels[end] === SPEECH) end++;
		if (end > t && end - t < minSound) labels.fill(SILENCE, t, end);
		t = end > t ? end : t + 1;
	}
	// Speech or music, by the median flux of the sound around each frame.
	const result = Uint8Array.from(labels);
	const window: number[] = [];
	for (let t = 0; t < n; t++) {
		if (labels[t] !== SPEECH) continue;
		window.length = 0;
		for (let u = Math.max(0, t - FLUX_HALF_WINDOW); u <= Math.min(n - 1, t + FLUX_HALF_WINDOW); u++)
			if (labels[u] === SPEECH) window.push(frames.flux[u]!);
		result[t] = median(window) >= SPEECH_FLUX_DB ? SPEECH : MUSIC;
	}
	const minClass = Math.round(MIN_CLASS_MS / FRAME_MS);
	absorbShortRuns(result, SPEECH, minClass, MUSIC);
	absorbShortRuns(result, MUSIC, minClass, SPEECH);
	return result;
}

/** The frame classes as segments (ms), silence included. */
export function segmentsOf(labels: Uint8Array): AudioSegment[] {
	const segments: AudioSegment[] = [];
	for (let t = 0; t < labels.length;) {
		let end = t;
		while (end < labels.length && labels[end] === labels[t]) end++;
		segments.push({ kind: KIND[labels[t]!]!, startMs: t * FRAME_MS, endMs: end * FRAME_MS });
		t = end;
	}
	return segments;
}
