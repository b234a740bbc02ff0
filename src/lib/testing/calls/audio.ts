/**
 * Sound for synthetic calls (node only): Korean speech from espeak-ng, hold music from sox, and
 * tones and noise made in code. What the tools make is cached under the system's temporary
 * folder, keyed by the command, so a second run reads it back instead of running them again.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ANALYSIS_RATE, type DtmfKey } from '../../domain/recording/analysis/types';
import { dtmfPair } from '../../domain/recording/analysis/dtmf';
import type { Rng } from '../prng';

const RATE = ANALYSIS_RATE;
const cacheDir = join(tmpdir(), 'ks-synthetic-calls');

function readF32(path: string): Float32Array {
	const buf = readFileSync(path);
	const out = new Float32Array(buf.length / 4);
	for (let i = 0; i < out.length; i++) out[i] = buf.readFloatLE(i * 4);
	return out;
}

/** Runs `make(outPath)` once per key and returns the 16 kHz mono float PCM it wrote. */
function cached(key: string, make: (out: string, work: string) => void): Float32Array {
	mkdirSync(cacheDir, { recursive: true });
	const hash = createHash('sha256').update(key).digest('hex').slice(0, 24);
	const path = join(cacheDir, `${hash}.f32`);
	if (!existsSync(path)) {
		const partial = `${path}.${process.pid}.part`;
		make(partial, join(cacheDir, `${hash}.${process.pid}`));
		renameSync(partial, path);
	}
	return readF32(path);
}

/** Cuts leading and trailing near-silence (below 1 % of the peak) so a clip starts with sound. */
export function trimSilence(pcm: Float32Array): Float32Array {
	let peak = 0;
	for (const v of pcm) peak = Math.max(peak, Math.abs(v));
	const limit = peak * 0.01;
	let a = 0;
	let b = pcm.length;
	while (a < b && Math.abs(pcm[a]!) < limit) a++;
	while (b > a && Math.abs(pcm[b - 1]!) < limit) b--;
	return pcm.slice(a, b);
}

export interface Voice {
	/** espeak-ng voice variant, e.g. 'ko', 'ko+f3'. */
	name: string;
	/** Words per minute. */
	speed: number;
	/** 0..99 */
	pitch: number;
}
export const ivrVoice: Voice = { name: 'ko+f3', speed: 165, pitch: 60 };
export const agentVoice: Voice = { name: 'ko+f2', speed: 175, pitch: 55 };
export const shopperVoice: Voice = { name: 'ko', speed: 170, pitch: 40 };

/** Korean speech from espeak-ng, trimmed to its sound, at a peak of `level`. */
export function speech(text: string, voice: Voice, level = 0.5): Float32Array {
	const args = ['-v', voice.name, '-s', String(voice.speed), '-p', String(voice.pitch)];
	const pcm = cached(`espeak ${args.join(' ')} ${text}`, (out, work) => {
		execFileSync('espeak-ng', [...args, '-w', `${work}.wav`, text]);
		execFileSync('sox', [`${work}.wav`, '-r', String(RATE), '-c', '1', '-t', 'f32', out]);
		execFileSync('rm', ['-f', `${work}.wav`]);
	});
	return scaleToPeak(trimSilence(pcm), level);
}

/**
 * Hold music from sox: a sequence of chords (plucked strings or sines), each `noteSeconds`
 * long, for about `seconds`. The chords are chosen away from the DTMF and ringback pairs.
 */
export function music(
	seconds: number,
	style: 'pluck' | 'sine',
	level = 0.3,
	noteSeconds = 0.5
): Float32Array {
	const chords = [
		['C4', 'E4', 'G4'],
		['A3', 'C4', 'E4'],
		['F3', 'A3', 'C4'],
		['G3', 'B3', 'D4']
	];
	const count = Math.max(1, Math.round(seconds / noteSeconds));
	const parts: Float32Array[] = [];
	for (let i = 0; i < count; i++) {
		const chord = chords[i % chords.length]!;
		const args = ['synth', String(noteSeconds), ...chord.flatMap((n) => [style, n])];
		parts.push(
			cached(`sox ${args.join(' ')}`, (out) => {
				execFileSync('sox', ['-n', '-r', String(RATE), '-c', '1', '-t', 'f32', out, ...args]);
			})
		);
	}
	return scaleToPeak(concat(parts), level);
}

/** The sound of a phone line: through 8 kHz (300–3400 Hz) and back to 16 kHz, by sox. */
export function phoneBand(pcm: Float32Array): Float32Array {
	const bytes = Buffer.from(pcm.buffer, pcm.byteOffset, pcm.byteLength);
	const key = `phone-band ${createHash('sha256').update(bytes).digest('hex')}`;
	return cached(key, (out, work) => {
		writeFileSync(`${work}.f32`, bytes);
		const raw = ['-t', 'f32', '-r', String(RATE), '-c', '1'];
		execFileSync('sox', [
			...raw,
			`${work}.f32`,
			'-t',
			'f32',
			out,
			'sinc',
			'300-3400',
			'rate',
			'8000',
			'rate',
			String(RATE)
		]);
		execFileSync('rm', ['-f', `${work}.f32`]);
	});
}

export function concat(parts: readonly Float32Array[]): Float32Array {
	const out = new Float32Array(parts.reduce((n, p) => n + p.length, 0));
	let at = 0;
	for (const p of parts) {
		out.set(p, at);
		at += p.length;
	}
	return out;
}

export function scaleToPeak(pcm: Float32Array, level: number): Float32Array {
	let peak = 0;
	for (const v of pcm) peak = Math.max(peak, Math.abs(v));
	const out = new Float32Array(pcm.length);
	if (peak > 0) for (let i = 0; i < pcm.length; i++) out[i] = (pcm[i]! * level) / peak;
	return out;
}

/** A sum of sines, each at `amplitude`, for `ms`. */
export function tones(frequencies: readonly number[], ms: number, amplitude: number): Float32Array {
	const n = Math.round((RATE * ms) / 1000);
	const out = new Float32Array(n);
	for (const f of frequencies) {
		const w = (2 * Math.PI * f) / RATE;
		for (let i = 0; i < n; i++) out[i] = out[i]! + amplitude * Math.sin(w * i);
	}
	return out;
}

/** One key's tone pair, as a phone sends it. */
export function dtmfTone(key: DtmfKey, ms: number, amplitude = 0.15): Float32Array {
	return tones(dtmfPair(key), ms, amplitude);
}

/** One ringback burst (440 + 480 Hz). */
export function ringbackBurst(ms = 1000, amplitude = 0.15): Float32Array {
	return tones([440, 480], ms, amplitude);
}

/** The RMS of the samples louder than −50 dBFS (the call's sound, not its pauses). */
export function activeRms(pcm: Float32Array): number {
	let sum = 0;
	let n = 0;
	const hop = RATE / 100;
	for (let s = 0; s + hop <= pcm.length; s += hop) {
		let e = 0;
		for (let i = s; i < s + hop; i++) e += pcm[i]! * pcm[i]!;
		if (e / hop > 1e-5) {
			sum += e;
			n += hop;
		}
	}
	return n > 0 ? Math.sqrt(sum / n) : 0.05;
}

/** Adds white or pink noise in place at `snrDb` below the call's active level. */
export function addNoise(pcm: Float32Array, kind: 'white' | 'pink', snrDb: number, rng: Rng): void {
	const rms = activeRms(pcm) / Math.pow(10, snrDb / 20);
	const noise = new Float32Array(pcm.length);
	// Paul Kellet's economy pink filter over white noise.
	let b0 = 0;
	let b1 = 0;
	let b2 = 0;
	let sum = 0;
	for (let i = 0; i < noise.length; i++) {
		const white = rng() * 2 - 1;
		if (kind === 'white') noise[i] = white;
		else {
			b0 = 0.99765 * b0 + white * 0.099046;
			b1 = 0.963 * b1 + white * 0.2965164;
			b2 = 0.57 * b2 + white * 1.0526913;
			noise[i] = b0 + b1 + b2 + white * 0.1848;
		}
		sum += noise[i]! * noise[i]!;
	}
	const scale = rms / Math.sqrt(sum / Math.max(1, noise.length));
	for (let i = 0; i < pcm.length; i++) pcm[i] = pcm[i]! + noise[i]! * scale;
}
