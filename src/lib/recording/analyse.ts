/**
 * The browser side of the call-recording analyser, loaded only by the recording screen (import
 * it dynamically): decodes the file on the main thread (WebAudio's decoder is not available in
 * workers), resamples it to 16 kHz mono, and hands the samples to analyser.worker.ts.
 */
import { ANALYSIS_RATE, type AudioTimeline } from '$lib/domain/recording/analysis/types';

/** Why a recording could not be analysed; the recording screen says why in words. */
export type AnalysisFailure = 'undecodable' | 'empty' | 'failed';

export class RecordingAnalysisError extends Error {
	override readonly name = 'RecordingAnalysisError';
	readonly reason: AnalysisFailure;
	constructor(reason: AnalysisFailure, detail: string) {
		super(detail);
		this.reason = reason;
	}
}

/** Share of the progress bar given to decoding (analysis takes the rest). */
const DECODE_SHARE = 0.3;

/**
 * The recording as 16 kHz mono PCM. Decoding into an OfflineAudioContext at 16 kHz resamples
 * as it decodes; the channels are then mixed down to one.
 */
export async function decodeToMono16k(blob: Blob): Promise<Float32Array<ArrayBuffer>> {
	const bytes = await blob.arrayBuffer();
	if (bytes.byteLength === 0) throw new RecordingAnalysisError('empty', 'the file is empty');
	let decoded: AudioBuffer;
	try {
		decoded = await new OfflineAudioContext(1, 1, ANALYSIS_RATE).decodeAudioData(bytes);
	} catch (error) {
		const detail = error instanceof Error ? error.message : String(error);
		throw new RecordingAnalysisError('undecodable', `the recording cannot be decoded: ${detail}`);
	}
	if (decoded.length === 0)
		throw new RecordingAnalysisError('empty', 'the recording has no samples');
	if (decoded.sampleRate === ANALYSIS_RATE && decoded.numberOfChannels === 1)
		return decoded.getChannelData(0).slice();
	// A decoder that kept its own rate: render through a 16 kHz context (resample + mix down).
	const context = new OfflineAudioContext(
		1,
		Math.max(1, Math.ceil(decoded.duration * ANALYSIS_RATE)),
		ANALYSIS_RATE
	);
	const source = context.createBufferSource();
	source.buffer = decoded;
	source.connect(context.destination);
	source.start();
	const rendered = await context.startRendering();
	return rendered.getChannelData(0).slice();
}

type WorkerAnswer = { progress: number } | { timeline: AudioTimeline } | { failed: string };

/** Runs the analyser over 16 kHz mono PCM in a worker (the PCM's buffer is transferred). */
function analyseInWorker(
	pcm: Float32Array,
	onProgress?: (fraction: number) => void
): Promise<AudioTimeline> {
	const worker = new Worker(new URL('./analyser.worker.ts', import.meta.url), { type: 'module' });
	return new Promise<AudioTimeline>((resolve, reject) => {
		worker.onmessage = (event: MessageEvent<WorkerAnswer>) => {
			const answer = event.data;
			if ('progress' in answer) onProgress?.(DECODE_SHARE + (1 - DECODE_SHARE) * answer.progress);
			else if ('timeline' in answer) resolve(answer.timeline);
			else reject(new RecordingAnalysisError('failed', answer.failed));
		};
		worker.onmessageerror = () =>
			reject(new RecordingAnalysisError('failed', 'the analyser answer could not be read'));
		worker.onerror = (event) => {
			event.preventDefault();
			reject(new RecordingAnalysisError('failed', event.message || 'the analyser stopped'));
		};
		worker.postMessage({ pcm, sampleRate: ANALYSIS_RATE }, [pcm.buffer]);
	}).finally(() => worker.terminate());
}

/** Decodes a call recording and proposes its IVR timeline; rejects with a RecordingAnalysisError. */
export async function analyseRecording(
	blob: Blob,
	onProgress?: (fraction: number) => void
): Promise<AudioTimeline> {
	onProgress?.(0);
	const pcm = await decodeToMono16k(blob);
	onProgress?.(DECODE_SHARE);
	const timeline = await analyseInWorker(pcm, onProgress);
	onProgress?.(1);
	return timeline;
}
