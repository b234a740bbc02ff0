// PLACEHOLDER until the analyser lands (replaced by the analyser's own module).
import type { AudioTimeline } from '$lib/domain/recording/analysis/types';

export async function decodeToMono16k(blob: Blob): Promise<Float32Array> {
	void blob;
	throw new Error('analyser not built yet');
}

export async function analyseRecording(
	blob: Blob,
	onProgress?: (fraction: number) => void
): Promise<AudioTimeline> {
	void blob;
	void onProgress;
	throw new Error('analyser not built yet');
}
