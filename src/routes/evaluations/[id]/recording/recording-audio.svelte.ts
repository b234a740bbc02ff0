/**
 * The audio of one recording on this screen: where it plays from (`audioFor`), its waveform
 * envelope (a quick one at first, the analyser's once analysed) and running the analyser, which
 * is loaded only when asked for.
 */
import type { AudioTimeline } from '$lib/domain/recording/analysis/types';
import { audioFor, type AudioSource } from '$lib/recording/audio-source';
import { quickEnvelope } from './envelope';

export type AnalysisFailure =
	{ kind: 'undecodable' } | { kind: 'empty' } | { kind: 'failed'; reason: string };

export class RecordingAudio {
	#source = $state<AudioSource | undefined>();
	#peaks = $state.raw<number[]>([]);
	#progress = $state<number | null>(null);
	#failure = $state<AnalysisFailure | null>(null);
	#blob: Blob | undefined;
	#disposed = false;

	get source(): AudioSource | undefined {
		return this.#source;
	}
	get peaks(): number[] {
		return this.#peaks;
	}
	/** 0..1 while the analyser runs, else null. */
	get progress(): number | null {
		return this.#progress;
	}
	get failure(): AnalysisFailure | null {
		return this.#failure;
	}

	async load(evaluationId: string, recordingId: string): Promise<void> {
		const source = await audioFor(evaluationId, recordingId);
		if (this.#disposed) {
			if (source.ok) source.release();
			return;
		}
		this.#source = source;
		if (!source.ok) return;
		try {
			this.#blob = await (await fetch(source.url)).blob();
			this.#peaks = await quickEnvelope(this.#blob);
		} catch {
			// No envelope: the player still plays; analysing says why it cannot decode.
			this.#peaks = [];
		}
	}

	/** Runs the analyser on the recording; undefined when it failed (see `failure`). */
	async analyse(): Promise<AudioTimeline | undefined> {
		if (!this.#blob || this.#progress !== null) return undefined;
		this.#progress = 0;
		this.#failure = null;
		try {
			const { analyseRecording } = await import('$lib/recording/analyse');
			const timeline = await analyseRecording(this.#blob, (f) => (this.#progress = f));
			if (timeline.peaks.length > 0) this.#peaks = timeline.peaks;
			return timeline;
		} catch (error) {
			// The analyser's own error (RecordingAnalysisError) says why; the module is loaded
			// only here, so it is told by its name rather than imported for `instanceof`.
			const reason =
				error instanceof Error && error.name === 'RecordingAnalysisError'
					? (error as Error & { reason?: string }).reason
					: undefined;
			this.#failure =
				reason === 'undecodable' || reason === 'empty'
					? { kind: reason }
					: { kind: 'failed', reason: error instanceof Error ? error.message : String(error) };
			return undefined;
		} finally {
			this.#progress = null;
		}
	}

	dispose(): void {
		this.#disposed = true;
		if (this.#source?.ok) this.#source.release();
	}
}
