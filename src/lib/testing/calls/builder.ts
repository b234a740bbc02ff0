/**
 * Builds a synthetic call part by part on a time cursor, with the true time of every IVR event
 * as the analyser's rules define it (src/lib/domain/recording/analysis/timeline.ts).
 */
import type { IvrEvent } from '../../domain/record/evaluation';
import { ANALYSIS_RATE, type DtmfKey } from '../../domain/recording/analysis/types';
import {
	addNoise,
	phoneBand,
	dtmfTone,
	music,
	ringbackBurst,
	speech,
	agentVoice,
	ivrVoice,
	shopperVoice,
	type Voice
} from './audio';
import type { Rng } from '../prng';

export interface TruthEvent {
	type: IvrEvent['type'];
	atMs: number;
	key?: DtmfKey;
}

export interface SyntheticCall {
	name: string;
	pcm: Float32Array;
	sampleRate: number;
	truth: TruthEvent[];
}

export const voices = { ivr: ivrVoice, agent: agentVoice, shopper: shopperVoice } as const;

const msToSamples = (ms: number) => Math.round((ANALYSIS_RATE * ms) / 1000);
const samplesToMs = (n: number) => (n * 1000) / ANALYSIS_RATE;

export class CallBuilder {
	#buffer = new Float32Array(ANALYSIS_RATE * 60);
	#length = 0;
	#cursor = 0;
	#truth: TruthEvent[] = [];
	readonly #rng: Rng;

	constructor(rng: Rng) {
		this.#rng = rng;
	}

	/** The cursor's time (ms). */
	get now(): number {
		return samplesToMs(this.#cursor);
	}

	/** A random whole number of ms in [min, max]. */
	between(min: number, max: number): number {
		return Math.round(min + (max - min) * this.#rng());
	}

	/** Mixes `pcm` in at the cursor and moves the cursor to its end; returns its span (ms). */
	add(pcm: Float32Array): { startMs: number; endMs: number } {
		const start = this.#cursor;
		const end = start + pcm.length;
		if (end > this.#buffer.length) {
			const grown = new Float32Array(Math.max(end, this.#buffer.length * 2));
			grown.set(this.#buffer.subarray(0, this.#length));
			this.#buffer = grown;
		}
		for (let i = 0; i < pcm.length; i++)
			this.#buffer[start + i] = this.#buffer[start + i]! + pcm[i]!;
		this.#cursor = end;
		this.#length = Math.max(this.#length, end);
		return { startMs: samplesToMs(start), endMs: samplesToMs(end) };
	}

	silence(ms: number): this {
		this.add(new Float32Array(msToSamples(ms)));
		return this;
	}

	/** Moves the cursor back (for sound that overlaps what is already there). */
	back(ms: number): this {
		this.#cursor = Math.max(0, this.#cursor - msToSamples(ms));
		return this;
	}

	/** Records a true event at `atMs`. */
	truth(type: TruthEvent['type'], atMs: number, key?: DtmfKey): this {
		this.#truth.push(key === undefined ? { type, atMs } : { type, atMs, key });
		return this;
	}

	/** `bursts` ringback bursts (1 s on, 2 s off; the last pause cut to `lastGapMs`). */
	ringback(bursts: number, lastGapMs = 1200, amplitude = 0.15): { startMs: number; endMs: number } {
		const start = this.now;
		let end = start;
		for (let i = 0; i < bursts; i++) {
			end = this.add(ringbackBurst(1000, amplitude)).endMs;
			this.silence(i === bursts - 1 ? lastGapMs : 2000);
		}
		return { startMs: start, endMs: end };
	}

	speak(text: string, voice: Voice, level = 0.5): { startMs: number; endMs: number } {
		return this.add(speech(text, voice, level));
	}

	key(key: DtmfKey, ms = 120): { startMs: number; endMs: number } {
		return this.add(dtmfTone(key, ms));
	}

	music(seconds: number, style: 'pluck' | 'sine', level = 0.3): { startMs: number; endMs: number } {
		return this.add(music(seconds, style, level));
	}

	/** Passes the whole call through a phone line's band (8 kHz, 300–3400 Hz). */
	phoneLine(): this {
		const line = phoneBand(this.#buffer.slice(0, this.#length));
		this.#buffer.set(line.subarray(0, this.#length));
		return this;
	}

	noise(kind: 'white' | 'pink', snrDb: number): this {
		addNoise(this.#buffer.subarray(0, this.#length), kind, snrDb, this.#rng);
		return this;
	}

	build(name: string): SyntheticCall {
		const truth = [...this.#truth].sort((a, b) => a.atMs - b.atMs);
		return { name, pcm: this.#buffer.slice(0, this.#length), sampleRate: ANALYSIS_RATE, truth };
	}
}
