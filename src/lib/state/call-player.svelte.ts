/**
 * The player of an evaluation's call recording: one <audio> that keeps playing while the
 * shopper moves between the run screens (the evaluation layout puts one in context), and that
 * plays a check's moment exactly (from its start, paused at its end). A moment player on the
 * scorecard or a dispute uses one of its own. The audio comes from `audioFor` (the shopper's
 * original, else the shared copy) or, in tests and for a dispute's shared clip, from a source
 * handed in.
 */
import { getContext, setContext } from 'svelte';
import type { AudioRange, Recording } from '$lib/domain/record/evaluation';
import { audioFor, type AudioSource } from '$lib/recording/audio-source';

/** Where the audio of a recording comes from (`audioFor` unless a test or a clip says else). */
export type AudioResolver = (evaluationId: string, recordingId: string) => Promise<AudioSource>;

/** Why a recording cannot be played: the source's reason, or the audio would not play. */
export type Unplayable = Extract<AudioSource, { ok: false }>['reason'] | 'unplayable';

/** Half the stretch one tap binds: the moment is the playhead ± 5 s. */
export const MOMENT_HALF_MS = 5000;

/** The stretch around `atMs` (± `halfMs`), clipped to a recording of `durationMs`. */
export function momentAround(
	atMs: number,
	durationMs: number,
	halfMs = MOMENT_HALF_MS
): AudioRange {
	const at = Math.min(Math.max(0, Math.round(atMs)), durationMs);
	return { startMs: Math.max(0, at - halfMs), endMs: Math.min(durationMs, at + halfMs) };
}

export class CallPlayer {
	/** The player heard last: starting another pauses it, so two stretches never overlap. */
	static #current: CallPlayer | undefined;
	readonly #resolve: AudioResolver;
	#key = '';
	#audio: HTMLAudioElement | undefined;
	#release: (() => void) | undefined;
	#frame = 0;
	#recording = $state.raw<Recording | undefined>(undefined);
	#status = $state<'idle' | 'loading' | 'ready' | 'unavailable'>('idle');
	#reason = $state<Unplayable | undefined>(undefined);
	#timeMs = $state(0);
	#durationMs = $state(0);
	#playing = $state(false);
	#range = $state.raw<AudioRange | undefined>(undefined);

	constructor(resolve: AudioResolver = audioFor) {
		this.#resolve = resolve;
	}

	/** The recording loaded (or being loaded); undefined when the evaluation has none. */
	get recording(): Recording | undefined {
		return this.#recording;
	}
	get status(): 'idle' | 'loading' | 'ready' | 'unavailable' {
		return this.#status;
	}
	/** True once the audio can be played (a moment can be bound to the playhead). */
	get ready(): boolean {
		return this.#status === 'ready';
	}
	get reason(): Unplayable | undefined {
		return this.#reason;
	}
	/** The playhead, in ms from the start of the audio. */
	get timeMs(): number {
		return this.#timeMs;
	}
	get durationMs(): number {
		return this.#durationMs;
	}
	get playing(): boolean {
		return this.#playing;
	}
	/** The stretch being played to its end, if one is. */
	get range(): AudioRange | undefined {
		return this.#range;
	}

	/**
	 * Loads a recording of an evaluation (the same one again changes nothing; another, or none,
	 * stops and lets go of the previous audio). `durationMs` is the length the record gives.
	 */
	async load(evaluationId: string, recording: Recording | undefined): Promise<void> {
		const key = recording ? `${evaluationId}/${recording.id}/${recording.copyId}` : '';
		if (key === this.#key) return;
		this.#recording = recording;
		if (!recording) {
			this.#unload();
			this.#key = '';
			return;
		}
		await this.loadSource(key, recording.durationMs, () =>
			this.#resolve(evaluationId, recording.id)
		);
	}

	/**
	 * Loads audio under `key` (the same key again changes nothing): a recording of the record,
	 * or a dispute's shared clip, which is no recording of it.
	 */
	async loadSource(
		key: string,
		durationMs: number,
		get: () => Promise<AudioSource>
	): Promise<void> {
		if (key === this.#key) return;
		this.#unload();
		this.#key = key;
		this.#status = 'loading';
		this.#durationMs = durationMs;
		const source = await get().catch((): AudioSource => ({ ok: false, reason: 'missing' }));
		if (this.#key !== key) {
			if (source.ok) source.release();
			return;
		}
		if (!source.ok) {
			this.#status = 'unavailable';
			this.#reason = source.reason;
			return;
		}
		this.#attach(source.url, source.release);
	}

	#attach(url: string, release: () => void) {
		const audio = new Audio();
		audio.preload = 'auto';
		audio.src = url;
		audio.addEventListener('timeupdate', this.#tick);
		audio.addEventListener('pause', this.#paused);
		audio.addEventListener('ended', this.#paused);
		audio.addEventListener('error', this.#failed);
		this.#audio = audio;
		this.#release = release;
		this.#status = 'ready';
		this.#reason = undefined;
		this.#timeMs = 0;
	}

	/** Plays from the playhead (a stretch being played stops being one). */
	async play(): Promise<void> {
		this.#range = undefined;
		await this.#start();
	}

	pause(): void {
		this.#audio?.pause();
		this.#range = undefined;
	}

	/** Play or pause, as the button says. */
	toggle(): Promise<void> {
		if (this.#playing) {
			this.pause();
			return Promise.resolve();
		}
		return this.play();
	}

	/** Moves the playhead to `ms` (kept within the recording). */
	seek(ms: number): void {
		const audio = this.#audio;
		if (!audio) return;
		const at = Math.min(Math.max(0, ms), this.#durationMs);
		audio.currentTime = at / 1000;
		this.#timeMs = at;
		if (this.#range && (at < this.#range.startMs || at > this.#range.endMs))
			this.#range = undefined;
	}

	/** Moves the playhead by `deltaMs` (−5 s to hear again what was just said). */
	skip(deltaMs: number): void {
		this.seek(this.#timeMs + deltaMs);
	}

	/** Plays exactly `range`: from its start, paused at its end. */
	async playRange(range: AudioRange): Promise<void> {
		if (!this.#audio) return;
		this.#audio.pause();
		this.seek(range.startMs);
		this.#range = { startMs: range.startMs, endMs: Math.min(range.endMs, this.#durationMs) };
		await this.#start();
	}

	/** The moment a tap binds now: the playhead ± 5 s within the recording. */
	momentNow(): AudioRange | undefined {
		return this.ready ? momentAround(this.#timeMs, this.#durationMs) : undefined;
	}

	/** Stops and lets go of the audio (the screen closed). */
	dispose(): void {
		this.#unload();
		this.#key = '';
		this.#recording = undefined;
	}

	async #start() {
		const audio = this.#audio;
		if (!audio) return;
		const previous = CallPlayer.#current;
		if (previous && previous !== this) previous.pause();
		CallPlayer.#current = this;
		try {
			await audio.play();
		} catch (error) {
			const name = error instanceof DOMException ? error.name : '';
			// A newer pause or load interrupted it, or the browser wants a tap first: the audio
			// itself is fine and the next tap plays it.
			if (name === 'AbortError' || name === 'NotAllowedError') return;
			this.#fail();
			return;
		}
		this.#playing = true;
		this.#follow();
	}

	/** Follows the playhead each frame while playing (smooth, and stops a stretch on time). */
	#follow() {
		cancelAnimationFrame(this.#frame);
		const step = () => {
			this.#tick();
			if (this.#playing) this.#frame = requestAnimationFrame(step);
		};
		this.#frame = requestAnimationFrame(step);
	}

	// Also on timeupdate: frames stop while the page is hidden, the stretch must stop anyway.
	readonly #tick = () => {
		const audio = this.#audio;
		if (!audio) return;
		const ms = audio.currentTime * 1000;
		const range = this.#range;
		if (range && ms >= range.endMs) {
			audio.pause();
			audio.currentTime = range.endMs / 1000;
			this.#timeMs = range.endMs;
			this.#range = undefined;
			return;
		}
		this.#timeMs = ms;
	};

	readonly #paused = () => {
		this.#playing = false;
		cancelAnimationFrame(this.#frame);
		if (this.#audio) this.#timeMs = Math.min(this.#audio.currentTime * 1000, this.#durationMs);
	};

	readonly #failed = () => this.#fail();

	#fail() {
		this.#playing = false;
		this.#status = 'unavailable';
		this.#reason = 'unplayable';
	}

	#unload() {
		cancelAnimationFrame(this.#frame);
		const audio = this.#audio;
		if (audio) {
			audio.removeEventListener('timeupdate', this.#tick);
			audio.removeEventListener('pause', this.#paused);
			audio.removeEventListener('ended', this.#paused);
			audio.removeEventListener('error', this.#failed);
			audio.pause();
			audio.removeAttribute('src');
			audio.load();
		}
		this.#release?.();
		this.#audio = undefined;
		this.#release = undefined;
		if (CallPlayer.#current === this) CallPlayer.#current = undefined;
		this.#status = 'idle';
		this.#reason = undefined;
		this.#timeMs = 0;
		this.#playing = false;
		this.#range = undefined;
	}
}

const KEY = Symbol('call-player');

/** Puts the evaluation's call player in context (the evaluation layout). */
export function setCallPlayerContext(player: CallPlayer): CallPlayer {
	return setContext(KEY, player);
}

/** The evaluation's call player, when the screen is under one. */
export function getCallPlayerContext(): CallPlayer | undefined {
	return getContext<CallPlayer | undefined>(KEY);
}
