/** What the call-recording analyser proposes: segments, IVR events and a waveform envelope. */
import type { IvrEvent } from '../../record/evaluation';

/** The sample rate the analyser works at (mono). */
export const ANALYSIS_RATE = 16000;
/** The window of one value of the waveform envelope. */
export const PEAK_MS = 20;

export type SegmentKind = 'silence' | 'ringback' | 'speech' | 'music' | 'tone';

export interface AudioSegment {
	kind: SegmentKind;
	startMs: number;
	endMs: number;
}

export interface ProposedEvent {
	/** The IVR event type it proposes (ringing start → 'dial'; answered → 'greeting-start'). */
	type: IvrEvent['type'];
	/** Milliseconds from the start of the recording. */
	atMs: number;
	key?: NonNullable<IvrEvent['key']>;
	/** 0..1 */
	confidence: number;
}

export interface AudioTimeline {
	durationMs: number;
	/** The detector and its version, e.g. 'fvad-2 + goertzel 1' (stored with the record). */
	detector: string;
	events: ProposedEvent[];
	segments: AudioSegment[];
	/** Waveform envelope for drawing: peak |amplitude| 0..1 per PEAK_MS window. */
	peaks: number[];
}
