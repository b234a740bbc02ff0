/**
 * A quick waveform envelope of a recording before it is analysed: the browser decodes it at
 * telephone rate and each PEAK_MS window keeps its peak, as the analyser's `peaks` do.
 */
import { PEAK_MS } from '$lib/domain/recording/analysis/types';

const RATE = 8000;

/** Peak |amplitude| (0..1) per PEAK_MS window of the whole recording. */
export async function quickEnvelope(blob: Blob): Promise<number[]> {
	const context = new OfflineAudioContext(1, 1, RATE);
	const buffer = await context.decodeAudioData(await blob.arrayBuffer());
	const samples = buffer.getChannelData(0);
	const per = Math.max(1, Math.round((buffer.sampleRate * PEAK_MS) / 1000));
	const peaks: number[] = [];
	for (let i = 0; i < samples.length; i += per) {
		let peak = 0;
		const end = Math.min(samples.length, i + per);
		for (let j = i; j < end; j++) peak = Math.max(peak, Math.abs(samples[j]!));
		peaks.push(Math.min(1, peak));
	}
	return peaks;
}
