/**
 * The analyser's interface: what a recording's audio is measured into. The browser decodes the
 * file to mono PCM at ANALYSIS_RATE, a worker runs `proposeTimeline`, and the recording screen
 * shows the proposed events for the shopper to confirm or move.
 */
import type { IvrEvent } from '$lib/domain/record/evaluation';

/** The sample rate every analysis runs at (Hz). */
export const ANALYSIS_RATE = 16000;

export type SegmentKind = 'silence' | 'ringback' | 'speech' | 'music' | 'tone';

export interface AudioSegment {
	kind: SegmentKind;
	startMs: number;
	endMs: number;
}

export type DtmfKey = '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9' | '*' | '#';

export interface ProposedEvent {
	/** The IVR event type it proposes (ringing start → 'dial'; answered → 'greeting-start'). */
	type: IvrEvent['type'];
	/** Milliseconds from the start of the recording. */
	atMs: number;
	key?: DtmfKey;
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

/** The width of one waveform peak (ms). */
export const PEAK_MS = 20;
