/**
 * Runs the analyser off the main thread: a 10-minute call is a few hundred milliseconds of
 * arithmetic the page must not freeze for. Receives `{ pcm, sampleRate }` (the PCM's buffer
 * transferred), posts `{ progress }` while it works and then `{ timeline }` or `{ failed }`.
 */
import { proposeTimeline } from '../domain/recording/analysis/timeline';

interface WorkerScope {
	onmessage: ((event: MessageEvent<{ pcm: Float32Array; sampleRate: number }>) => void) | null;
	postMessage(message: unknown): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
	try {
		const { pcm, sampleRate } = event.data;
		const timeline = proposeTimeline(pcm, sampleRate, (progress) =>
			scope.postMessage({ progress })
		);
		scope.postMessage({ timeline });
	} catch (error) {
		scope.postMessage({ failed: error instanceof Error ? error.message : String(error) });
	}
};
