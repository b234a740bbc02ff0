/**
 * The journal of IVR taps, in localStorage: each tap of the IVR stopwatch is copied here
 * synchronously, before the screen shows it as recorded, and dropped once the stored
 * evaluation holds it. A tap is saved with the evaluation at once, but that write takes a
 * moment, and a tab killed within it (the phone reclaiming memory mid-call) would lose the
 * last tap; a synchronous write survives the tab. The next load puts journaled taps the
 * record lacks back (`restoreIvrTaps`). localStorage is written by the browser process, so a
 * killed tab keeps it; the evaluation's own write covers the browser being killed later.
 */
import { ivrEventTypes, type IvrEvent } from '$lib/domain/record';
import { isNumber, isString, oneOf, optional, shape } from './guards';

const PREFIX = 'ks1006.ivr:';
const KEYS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '#'] as const;

/** One tap as the stopwatch recorded it: the event's id, kind, key and wall-clock time. */
export interface JournaledTap {
	id: string;
	type: IvrEvent['type'];
	key?: NonNullable<IvrEvent['key']>;
	at: number;
}

const readTap = shape<JournaledTap>({
	id: isString,
	type: oneOf(ivrEventTypes),
	key: optional(oneOf(KEYS)),
	at: isNumber
});

function store(): Storage | undefined {
	try {
		return typeof localStorage === 'undefined' ? undefined : localStorage;
	} catch {
		return undefined; // storage disabled by policy
	}
}

/** The taps journaled for an evaluation, oldest first; damaged entries skipped. */
export function journaledTaps(evaluationId: string): JournaledTap[] {
	try {
		const raw: unknown = JSON.parse(store()?.getItem(PREFIX + evaluationId) ?? '[]');
		if (!Array.isArray(raw)) return [];
		return raw.map(readTap).filter((t): t is JournaledTap => t !== undefined);
	} catch {
		return [];
	}
}

function write(evaluationId: string, taps: readonly JournaledTap[]): void {
	try {
		if (taps.length === 0) store()?.removeItem(PREFIX + evaluationId);
		else store()?.setItem(PREFIX + evaluationId, JSON.stringify(taps));
	} catch {
		// Quota or storage disabled: the evaluation's own write still runs.
	}
}

/** Copies a tap into the journal (synchronously). */
export function journalTap(evaluationId: string, tap: JournaledTap): void {
	write(evaluationId, [...journaledTaps(evaluationId).filter((t) => t.id !== tap.id), tap]);
}

/** Drops taps from the journal: undone, or held by the stored record. */
export function dropTaps(evaluationId: string, ids: Iterable<string>): void {
	const gone = new Set(ids);
	const taps = journaledTaps(evaluationId);
	const left = taps.filter((t) => !gone.has(t.id));
	if (left.length !== taps.length) write(evaluationId, left);
}
