/**
 * The real decode path in Chromium: each container a phone or this app may produce, decoded by
 * WebAudio, resampled to 16 kHz mono and analysed in the worker. WAV, FLAC and Ogg Vorbis come
 * from sox (browser-fixtures.ts); WebM/Opus and MP4 are recorded here with MediaRecorder, as the
 * app records on a second device. No encoder for MP3 or AAC exists on the test machine (sox
 * cannot write them and Chromium's MediaRecorder does not offer AAC), so those two are decoded
 * by the same code path but not tested with a file of their own.
 */
import { describe, expect, inject, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { TruthEvent } from '$lib/testing/calls/builder';
import { analyseRecording, decodeToMono16k, RecordingAnalysisError } from './analyse';
import type { AudioTimeline } from '$lib/domain/recording/analysis/types';

const { files, truth } = inject('recordingFiles');
const blobOf = (name: string, type: string) =>
	new Blob([Uint8Array.from(atob(files[name]!), (c) => c.charCodeAt(0))], { type });

/**
 * Every true event is proposed within its tolerance, measured from the dial (a recording made in
 * real time starts a few milliseconds after the sound it records).
 */
function expectTruthFound(timeline: AudioTimeline, events: readonly TruthEvent[]) {
	const dial = timeline.events.find((e) => e.type === 'dial');
	expect(dial, 'the ringback is found').toBeDefined();
	const shift = dial!.atMs - events.find((t) => t.type === 'dial')!.atMs;
	for (const t of events) {
		const found = timeline.events.find((e) => e.type === t.type && e.key === t.key);
		expect(found, `${t.type} is proposed`).toBeDefined();
		const tolerance = t.key ? 100 : 300;
		expect(
			Math.abs(found!.atMs - shift - t.atMs),
			`${t.type} within ${tolerance} ms`
		).toBeLessThanOrEqual(tolerance);
	}
	expect(timeline.events).toHaveLength(events.length);
}

/** Records the call in real time with MediaRecorder as `mimeType`. */
async function record(mimeType: string): Promise<Blob> {
	const pcm = await decodeToMono16k(blobOf('wav', 'audio/wav'));
	// A click gives the page the user activation an AudioContext needs to play.
	const button = document.createElement('button');
	button.textContent = 'play';
	document.body.append(button);
	await userEvent.click(button);
	button.remove();
	const context = new AudioContext({ sampleRate: 48000 });
	await context.resume();
	const buffer = context.createBuffer(1, pcm.length, 16000);
	buffer.copyToChannel(pcm, 0);
	const source = context.createBufferSource();
	source.buffer = buffer;
	const destination = context.createMediaStreamDestination();
	source.connect(destination);
	const recorder = new MediaRecorder(destination.stream, { mimeType, audioBitsPerSecond: 64000 });
	const chunks: Blob[] = [];
	recorder.ondataavailable = (e) => chunks.push(e.data);
	const stopped = new Promise((resolve) => (recorder.onstop = resolve));
	recorder.start();
	source.start();
	await new Promise((resolve) => (source.onended = resolve));
	recorder.stop();
	await stopped;
	await context.close();
	return new Blob(chunks, { type: mimeType });
}

describe('analyseRecording through the real decode path', () => {
	it.each([
		['wav', 'audio/wav'],
		['wav-44k-stereo', 'audio/wav'],
		['flac', 'audio/flac'],
		['ogg', 'audio/ogg']
	])('proposes the true events of a %s file', async (name, type) => {
		const progress: number[] = [];
		const timeline = await analyseRecording(blobOf(name, type), (f) => progress.push(f));
		expectTruthFound(timeline, truth);
		expect(progress[0]).toBe(0);
		expect(progress.at(-1)).toBe(1);
		expect(progress.every((f, i) => i === 0 || f >= progress[i - 1]!)).toBe(true);
	});

	it('decodes to 16 kHz mono: a 44.1 kHz stereo file keeps its duration', async () => {
		const mono = await decodeToMono16k(blobOf('wav', 'audio/wav'));
		const stereo = await decodeToMono16k(blobOf('wav-44k-stereo', 'audio/wav'));
		expect(Math.abs(stereo.length - mono.length)).toBeLessThan(160);
	});

	it.each([['audio/webm;codecs=opus'], ['audio/mp4']])(
		'proposes the true events of a recording made with MediaRecorder as %s',
		async (mimeType) => {
			expect(MediaRecorder.isTypeSupported(mimeType)).toBe(true);
			const timeline = await analyseRecording(await record(mimeType));
			expectTruthFound(timeline, truth);
		},
		60_000
	);

	it('refuses a file that is not audio with the undecodable reason, and an empty one', async () => {
		const notAudio = new Blob(['이것은 녹음이 아닙니다'], { type: 'audio/mpeg' });
		await expect(analyseRecording(notAudio)).rejects.toSatisfy(
			(e) => e instanceof RecordingAnalysisError && e.reason === 'undecodable'
		);
		await expect(analyseRecording(new Blob([]))).rejects.toSatisfy(
			(e) => e instanceof RecordingAnalysisError && e.reason === 'empty'
		);
	});
});
