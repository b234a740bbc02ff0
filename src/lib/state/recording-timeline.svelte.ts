/**
 * The timeline measured from one recording while the shopper edits it: the analyser's
 * proposals (or events the shopper adds at the playhead), each confirmed, moved or removed
 * before "타임라인 확정" turns the confirmed ones into the evaluation's IVR events (logged, with
 * "from audio" as their source). Committing again replaces what the recording gave before.
 */
import { addIvrEvent, fromAudio, removeAudioIvrEvents, type IvrKey } from '$lib/domain/editing';
import type { EditContext } from '$lib/domain/editing';
import type { Evaluation, IvrEvent, Recording } from '$lib/domain/record';
import type { AudioTimeline } from '$lib/domain/recording/analysis/types';
import { anchorOf, type OffsetEvent } from '$lib/domain/recording/align';

export interface TimelineEvent {
	id: string;
	type: IvrEvent['type'];
	key?: IvrKey;
	/** Milliseconds from the recording's start. */
	atMs: number;
	/** 0..1 from the analyser; absent on events the shopper placed. */
	confidence?: number;
	confirmed: boolean;
}

/** The IVR events the timeline can hold (a redial or machine drop is tapped, not measured). */
export const timelineEventTypes = [
	'dial',
	'greeting-start',
	'greeting-end',
	'menu',
	'agent-request',
	'hold',
	'agent-answer',
	'call-end'
] as const satisfies readonly IvrEvent['type'][];

const byTime = (a: TimelineEvent, b: TimelineEvent) => a.atMs - b.atMs;

/**
 * The edit that puts a recording's confirmed events into the record: the events the recording
 * gave before are removed, then each confirmed one is added at `anchorAt + atMs`.
 */
export function commitTimeline(
	recordingId: string,
	confirmed: readonly OffsetEvent[],
	anchorAt: number,
	newId: () => string = () => crypto.randomUUID()
): (e: Evaluation, ctx: EditContext) => Evaluation {
	return (e, ctx) => {
		let next = removeAudioIvrEvents(e, recordingId, ctx);
		for (const x of [...confirmed].sort((a, b) => a.atMs - b.atMs)) {
			next = addIvrEvent(
				next,
				{
					id: newId(),
					type: x.type,
					...(x.key === undefined ? {} : { key: x.key }),
					at: anchorAt + Math.round(x.atMs),
					audio: { recordingId, recordingMs: x.atMs }
				},
				ctx
			);
		}
		return next;
	};
}

export class RecordingTimeline {
	#recording: Pick<Recording, 'id' | 'durationMs' | 'startedAt'>;
	#events = $state<TimelineEvent[]>([]);
	#detector = $state<string | undefined>();

	/** Starts from the events this recording already gave the record (all confirmed). */
	constructor(
		recording: Pick<Recording, 'id' | 'durationMs' | 'startedAt' | 'detector'>,
		recordEvents: readonly IvrEvent[] = []
	) {
		this.#recording = recording;
		this.#detector = recording.detector;
		this.#events = recordEvents
			.filter((x) => fromAudio(x) && x.recordingId === recording.id)
			.map((x) => ({
				id: x.id,
				type: x.type,
				...(x.key === undefined ? {} : { key: x.key }),
				atMs: x.recordingMs ?? 0,
				confirmed: true
			}))
			.sort(byTime);
	}

	/** Every event, in call order. */
	get events(): readonly TimelineEvent[] {
		return this.#events;
	}
	get detector(): string | undefined {
		return this.#detector;
	}
	/** The confirmed events as offsets into the recording, in call order. */
	get confirmed(): OffsetEvent[] {
		return this.#events
			.filter((x) => x.confirmed)
			.map((x) => ({ type: x.type, ...(x.key === undefined ? {} : { key: x.key }), atMs: x.atMs }));
	}

	/** Takes the analyser's proposals, unconfirmed, in place of every event not yet confirmed. */
	propose(timeline: Pick<AudioTimeline, 'events' | 'detector'>): void {
		this.#detector = timeline.detector;
		const kept = this.#events.filter((x) => x.confirmed);
		const proposed = timeline.events.map((p) => ({
			id: crypto.randomUUID(),
			type: p.type,
			...(p.key === undefined ? {} : { key: p.key }),
			atMs: this.#clamp(p.atMs),
			confidence: p.confidence,
			confirmed: false
		}));
		this.#events = [...kept, ...proposed].sort(byTime);
	}

	/** Adds an event the shopper places (at the playhead): it counts as confirmed. */
	add(type: IvrEvent['type'], atMs: number, key?: IvrKey): string {
		const id = crypto.randomUUID();
		const event: TimelineEvent = {
			id,
			type,
			...(type === 'menu' && key !== undefined ? { key } : {}),
			atMs: this.#clamp(atMs),
			confirmed: true
		};
		this.#events = [...this.#events, event].sort(byTime);
		return id;
	}

	confirm(id: string, confirmed = true): void {
		this.#events = this.#events.map((x) => (x.id === id ? { ...x, confirmed } : x));
	}

	remove(id: string): void {
		this.#events = this.#events.filter((x) => x.id !== id);
	}

	/** Moves an event to an instant of the recording (clamped to it). */
	moveTo(id: string, atMs: number): void {
		this.#events = this.#events
			.map((x) => (x.id === id ? { ...x, atMs: this.#clamp(atMs) } : x))
			.sort(byTime);
	}

	/** Moves an event by a step (±0.1 s, ±1 s). */
	moveBy(id: string, deltaMs: number): void {
		const event = this.#events.find((x) => x.id === id);
		if (event) this.moveTo(id, event.atMs + deltaMs);
	}

	/** The wall-clock instant of the recording's start (stopwatch taps first), if known. */
	anchor(recordEvents: readonly IvrEvent[]): ReturnType<typeof anchorOf> {
		return anchorOf(this.#recording, recordEvents, this.confirmed);
	}

	/** The edit that commits the confirmed events at `anchorAt` (see commitTimeline). */
	commitAt(anchorAt: number): (e: Evaluation, ctx: EditContext) => Evaluation {
		return commitTimeline(this.#recording.id, this.confirmed, anchorAt);
	}

	#clamp(ms: number): number {
		return Math.min(this.#recording.durationMs, Math.max(0, Math.round(ms)));
	}
}
