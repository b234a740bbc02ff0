/** Recording the IVR stopwatch: pure edits of an evaluation's event timeline. */
import type { Evaluation, IvrEvent } from '../record/evaluation';
import { fromAudio, levelAfterKey, tappedIvrEvents, type IvrKey } from '../scoring/ivr';
import { commit, type EditContext } from './commit';

export type { IvrKey };
export { countedIvrEvents, fromAudio, tappedIvrEvents } from '../scoring/ivr';

/** Events that start an attempt of the call: the first dial and every redial. */
const startsAttempt = (e: IvrEvent) => e.type === 'dial' || e.type === 'redial';

/**
 * How many menus the caller has gone through in the current attempt (0 = no key pressed yet):
 * replayed from the keys, so a redial starts again at 0. The next key is pressed in menu
 * `currentMenuLevel + 1`.
 */
export function currentMenuLevel(events: readonly IvrEvent[]): number {
	let level = 0;
	for (const e of events) {
		if (startsAttempt(e)) level = 0;
		else if (e.type === 'menu') {
			if (e.key !== undefined) level = levelAfterKey(level, e.key);
			else if (e.level !== undefined) level = e.level;
		}
	}
	return level;
}

/** Where an event measured from a recording comes from. */
export interface AudioSource {
	recordingId: string;
	/** Milliseconds from the recording's start. */
	recordingMs: number;
}

/**
 * Appends an event; the first event starts the run. A tap happens at `ctx.at`; an event from a
 * recording (`audio`) at its own instant `at`, and is logged with "from audio" as its source.
 * A menu key and an agent request carry the menu they were made in (`level`, 1 = the first
 * menu), counted among the events of their own kind (taps or audio).
 */
export function addIvrEvent(
	e: Evaluation,
	event: { id: string; type: IvrEvent['type']; key?: IvrKey; at?: number; audio?: AudioSource },
	ctx: EditContext
): Evaluation {
	const at = event.audio && event.at !== undefined ? event.at : ctx.at;
	const next: IvrEvent = { id: event.id, type: event.type, at };
	if (event.type === 'menu' && event.key !== undefined) next.key = event.key;
	if (event.type === 'menu' || event.type === 'agent-request') {
		const before = event.audio
			? e.ivr.events.filter((x) => fromAudio(x) && x.at <= at).sort((a, b) => a.at - b.at)
			: tappedIvrEvents(e.ivr.events);
		next.level = currentMenuLevel(before) + 1;
	}
	if (event.audio) {
		next.source = 'audio';
		next.recordingId = event.audio.recordingId;
		next.recordingMs = Math.max(0, Math.round(event.audio.recordingMs));
	}
	if (e.ivr.events.some((x) => x.id === event.id)) return e;
	const startedAt = e.ivr.startedAt === undefined ? at : Math.min(e.ivr.startedAt, at);
	return commit(
		e,
		ctx,
		{
			field: 'ivr',
			ref: next.id,
			old: null,
			new: describe(next),
			reason: event.audio ? AUDIO_REASON : undefined
		},
		{ ivr: { startedAt, events: [...e.ivr.events, next] } }
	);
}

/** The reason an event from a recording is logged with. */
export const AUDIO_REASON = 'from audio';

/**
 * Removes every event measured from one recording in one logged step (the shopper measures it
 * again, or the recording was the wrong call). The taps stay.
 */
export function removeAudioIvrEvents(
	e: Evaluation,
	recordingId: string,
	ctx: EditContext
): Evaluation {
	const gone = e.ivr.events.filter((x) => fromAudio(x) && x.recordingId === recordingId);
	if (gone.length === 0) return e;
	return commit(
		e,
		ctx,
		{ field: 'ivr', ref: recordingId, old: gone.map(describe), new: null, reason: AUDIO_REASON },
		{ ivr: { ...e.ivr, events: e.ivr.events.filter((x) => !gone.includes(x)) } }
	);
}

/** Removes the last tap (undo); the run stays started. Events from a recording stay. */
export function undoIvrEvent(e: Evaluation, ctx: EditContext): Evaluation {
	const last = tappedIvrEvents(e.ivr.events).at(-1);
	if (!last) return e;
	return commit(
		e,
		ctx,
		{ field: 'ivr', ref: last.id, old: describe(last), new: null },
		{ ivr: { ...e.ivr, events: e.ivr.events.filter((x) => x !== last) } }
	);
}

function describe(event: IvrEvent): string {
	return event.key === undefined ? event.type : `${event.type} ${event.key}`;
}

/** True once the call is over: its last attempt ended (call end or machine drop, no redial since). */
export function ivrEnded(events: readonly IvrEvent[]): boolean {
	let ended = false;
	for (const e of events) {
		if (e.type === 'call-end' || e.type === 'machine-drop') ended = true;
		else if (startsAttempt(e)) ended = false;
	}
	return ended;
}
