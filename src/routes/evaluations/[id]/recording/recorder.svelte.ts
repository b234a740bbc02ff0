/**
 * Recording a call on a second device (the phone placing a call cannot record it): the
 * microphone through MediaRecorder, Opus in WebM where the browser makes it, else AAC in MP4
 * (Safari). The screen is kept on while recording.
 */
import { ScreenWakeLock } from '$lib/state/wake-lock.svelte';

const TYPES = ['audio/webm;codecs=opus', 'audio/webm', 'audio/mp4;codecs=mp4a.40.2', 'audio/mp4'];

/** The container this browser records in, or undefined when it cannot record. */
export function recordingType(): string | undefined {
	if (typeof MediaRecorder === 'undefined') return undefined;
	return TYPES.find((t) => MediaRecorder.isTypeSupported(t)) ?? '';
}

export interface Recorded {
	file: File;
	startedAt: number;
}

export class SecondDeviceRecorder {
	#state = $state<'idle' | 'starting' | 'recording'>('idle');
	#startedAt = $state(0);
	#now = $state(0);
	#error = $state<'unsupported' | 'denied' | null>(null);
	#recorder: MediaRecorder | undefined;
	#stream: MediaStream | undefined;
	#timer: ReturnType<typeof setInterval> | undefined;
	#wakeLock = new ScreenWakeLock();
	#releaseWake: (() => void) | undefined;

	get state() {
		return this.#state;
	}
	get error() {
		return this.#error;
	}
	get elapsedMs(): number {
		return this.#state === 'recording' ? Math.max(0, this.#now - this.#startedAt) : 0;
	}
	get supported(): boolean {
		return recordingType() !== undefined && !!navigator.mediaDevices?.getUserMedia;
	}

	async start(): Promise<void> {
		if (this.#state !== 'idle') return;
		const type = recordingType();
		if (type === undefined || !navigator.mediaDevices?.getUserMedia) {
			this.#error = 'unsupported';
			return;
		}
		this.#state = 'starting';
		this.#error = null;
		try {
			this.#stream = await navigator.mediaDevices.getUserMedia({ audio: true });
		} catch {
			this.#state = 'idle';
			this.#error = 'denied';
			return;
		}
		this.#recorder = new MediaRecorder(this.#stream, type ? { mimeType: type } : undefined);
		this.#recorder.start(1000);
		this.#startedAt = Date.now();
		this.#now = this.#startedAt;
		this.#timer = setInterval(() => (this.#now = Date.now()), 250);
		this.#releaseWake = this.#wakeLock.hold();
		this.#state = 'recording';
	}

	/** Stops and returns the recording as a file. */
	stop(name: (startedAt: number) => string): Promise<Recorded | undefined> {
		const recorder = this.#recorder;
		if (!recorder || this.#state !== 'recording') return Promise.resolve(undefined);
		const startedAt = this.#startedAt;
		const chunks: Blob[] = [];
		return new Promise((resolve) => {
			recorder.ondataavailable = (e) => {
				if (e.data.size > 0) chunks.push(e.data);
			};
			recorder.onstop = () => {
				const type = recorder.mimeType || 'audio/webm';
				const ext = type.includes('mp4') ? 'm4a' : 'webm';
				this.#release();
				resolve({
					file: new File(chunks, `${name(startedAt)}.${ext}`, { type: type.split(';')[0] }),
					startedAt
				});
			};
			recorder.stop();
		});
	}

	dispose(): void {
		if (this.#recorder?.state === 'recording') this.#recorder.stop();
		this.#release();
	}

	#release(): void {
		clearInterval(this.#timer);
		for (const track of this.#stream?.getTracks() ?? []) track.stop();
		this.#stream = undefined;
		this.#recorder = undefined;
		this.#releaseWake?.();
		this.#releaseWake = undefined;
		this.#state = 'idle';
	}
}
