// Test recordings made in code: tones and silence as PCM, written as WAV or encoded by the
// browser (MediaRecorder, WebM/Opus), with the instants of every stretch known.
import { userEvent } from 'vitest/browser';
import { encodeWav } from '$lib/domain/recording/copy';

/** A stretch of a test signal: a tone of `hz` (0 = silence) for `ms`. */
export interface Stretch {
	hz: number;
	ms: number;
}

/** Mono PCM at `rate` of the stretches one after the other (tones at amplitude 0.5). */
export function tonePcm(stretches: readonly Stretch[], rate: number): Float32Array<ArrayBuffer> {
	const total = stretches.reduce((n, s) => n + Math.round((s.ms * rate) / 1000), 0);
	const pcm = new Float32Array(total);
	let at = 0;
	for (const s of stretches) {
		const n = Math.round((s.ms * rate) / 1000);
		for (let i = 0; i < n; i++)
			pcm[at + i] = s.hz ? 0.5 * Math.sin((2 * Math.PI * s.hz * i) / rate) : 0;
		at += n;
	}
	return pcm;
}

/** A WAV file of the stretches at `rate` (44.1 kHz unless told). */
export function toneWav(stretches: readonly Stretch[], rate = 44_100): Blob {
	return new Blob([encodeWav(tonePcm(stretches, rate), rate)], { type: 'audio/wav' });
}

/**
 * A WebM/Opus file of the stretches, encoded by the browser's MediaRecorder in real time (the
 * stretches should be short). Rejects where the browser cannot record WebM/Opus.
 */
export async function toneWebm(stretches: readonly Stretch[]): Promise<Blob> {
	const type = 'audio/webm;codecs=opus';
	if (!MediaRecorder.isTypeSupported(type)) throw new Error('no WebM/Opus recording here');
	// A live audio context runs only after a gesture on the page (the autoplay rule).
	await userEvent.click(document.body);
	const context = new AudioContext({ sampleRate: 48_000 });
	await Promise.race([context.resume(), new Promise((resolve) => setTimeout(resolve, 2000))]);
	if (context.state !== 'running') throw new Error(`the audio context is ${context.state}`);
	const pcm = tonePcm(stretches, context.sampleRate);
	const buffer = context.createBuffer(1, pcm.length, context.sampleRate);
	buffer.copyToChannel(pcm, 0);
	const source = context.createBufferSource();
	source.buffer = buffer;
	const sink = context.createMediaStreamDestination();
	source.connect(sink);
	const recorder = new MediaRecorder(sink.stream, { mimeType: type });
	const chunks: Blob[] = [];
	recorder.ondataavailable = (event) => chunks.push(event.data);
	const stopped = new Promise<void>((resolve) => (recorder.onstop = () => resolve()));
	recorder.start();
	source.start();
	await new Promise<void>((resolve) => (source.onended = () => resolve()));
	// Let the encoder take the last frames before it stops.
	await new Promise((resolve) => setTimeout(resolve, 150));
	recorder.stop();
	await stopped;
	await context.close();
	return new Blob(chunks, { type: 'audio/webm' });
}

/** Root mean square of samples `from`..`to` of a copy's PCM (16-bit WAV after its header). */
export function rmsOfWav(bytes: Uint8Array, fromMs: number, toMs: number, rate: number): number {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const from = Math.floor((fromMs * rate) / 1000);
	const to = Math.min(Math.floor((toMs * rate) / 1000), (bytes.length - 44) / 2);
	let sum = 0;
	for (let i = from; i < to; i++) {
		const s = view.getInt16(44 + i * 2, true) / 0x8000;
		sum += s * s;
	}
	return Math.sqrt(sum / Math.max(1, to - from));
}
