/** Recording the IVR stopwatch: pure edits of an evaluation's event timeline. */
import type { Evaluation, IvrEvent } from '../record/evaluation';
import { levelAfterKey, type IvrKey } from '../scoring/ivr';
import { commit, type EditContext } from './commit';

export type { IvrKey };

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

/**
 * Appends an event at wall-clock time `at`; the first event starts the run. A menu key and an
 * agent request carry the menu they were made in (`level`, 1 = the first menu).
 */
export function addIvrEvent(
	e: Evaluation,
	event: { id: string; type: IvrEvent['type']; key?: IvrKey },
	ctx: EditContext
): Evaluation {
	const at = ctx.at;
	const next: IvrEvent = { id: event.id, type: event.type, at };
	if (event.type === 'menu' && event.key !== undefined) next.key = event.key;
	if (event.type === 'menu' || event.type === 'agent-request')
		next.level = currentMenuLevel(e.ivr.events) + 1;
	if (e.ivr.events.some((x) => x.id === event.id)) return e;
	return commit(
		e,
		ctx,
		{ field: 'ivr', ref: next.id, old: null, new: describe(next) },
		{ ivr: { startedAt: e.ivr.startedAt ?? at, events: [...e.ivr.events, next] } }
	);
}

/** Removes the last event (undo); the run stays started. */
export function undoIvrEvent(e: Evaluation, ctx: EditContext): Evaluation {
	const last = e.ivr.events.at(-1);
	if (!last) return e;
	return commit(
		e,
		ctx,
		{ field: 'ivr', ref: last.id, old: describe(last), new: null },
		{ ivr: { ...e.ivr, events: e.ivr.events.slice(0, -1) } }
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
