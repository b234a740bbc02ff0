/**
 * The crash buffer for typed text: every keystroke of a note or 종합 의견 is copied here at
 * once, one entry per evaluation and field, with the time it was typed. Text fields save the
 * evaluation only after a pause in typing; a tab killed within that pause (or an old tab that
 * can no longer write after another tab upgraded the database) would lose the last words.
 * Two copies, because each survives what the other does not: localStorage is written
 * synchronously, so it survives the tab being killed and needs no database, but Chromium
 * commits it to disk only seconds later, so a killed browser loses it; a small row in the
 * `meta` store of IndexedDB is on disk as soon as its transaction completes. The next load of
 * the evaluation puts the newest copy back (see `restoreTypedText`); entries are removed once
 * the stored record holds the same text, or a newer one.
 */
import { withDb } from './db';
import { isNumber, isString } from './guards';

const PREFIX = 'ks1006.typed:';

/** One field's last typed text and when it was typed (epoch ms). */
export interface BufferedText {
	/** The evaluation field: `overallOpinion`, `scenario` or `note:<checkId>`. */
	field: string;
	text: string;
	at: number;
}

function store(): Storage | undefined {
	try {
		return typeof localStorage === 'undefined' ? undefined : localStorage;
	} catch {
		return undefined; // storage disabled by policy
	}
}

function keyOf(evaluationId: string, field: string): string {
	return `${PREFIX}${evaluationId}:${field}`;
}

function rowId(evaluationId: string, field: string): string {
	return `typed:${evaluationId}:${field}`;
}

/** Parses a stored `{ text, at }`; undefined when damaged. */
function parse(value: unknown): { text: string; at: number } | undefined {
	if (typeof value !== 'object' || value === null) return undefined;
	const { text, at } = value as Record<string, unknown>;
	return isString(text) && isNumber(at) ? { text, at } : undefined;
}

/** Rows waiting to be written, by id: one write per field at a time, the newest text last. */
const queued = new Map<string, { id: string; text: string; at: number }>();
const writing = new Set<string>();

async function writeRows(id: string): Promise<void> {
	writing.add(id);
	try {
		for (let row = queued.get(id); row; row = queued.get(id)) {
			queued.delete(id);
			const value = row;
			await withDb((db) => db.put('meta', value));
		}
	} finally {
		writing.delete(id);
	}
}

/**
 * Copies what was just typed: at once into localStorage, and into IndexedDB as soon as the
 * previous copy of the field is written. Never throws: a failed copy only loses the crash
 * copy, not the save of the field itself.
 */
export function bufferText(evaluationId: string, field: string, text: string, at: number): void {
	try {
		store()?.setItem(keyOf(evaluationId, field), JSON.stringify({ text, at }));
	} catch {
		// Quota or storage disabled: the IndexedDB copy below still runs.
	}
	const id = rowId(evaluationId, field);
	queued.set(id, { id, text, at });
	if (!writing.has(id)) writeRows(id).catch(() => queued.delete(id));
}

/** Every buffered field of one evaluation, the newest of its two copies; damaged ones skipped. */
export async function bufferedTexts(evaluationId: string): Promise<BufferedText[]> {
	const newest = new Map<string, BufferedText>();
	const offer = (field: string, value: unknown) => {
		const entry = parse(value);
		const known = newest.get(field);
		if (entry && (!known || entry.at > known.at)) newest.set(field, { field, ...entry });
	};
	const s = store();
	const prefix = keyOf(evaluationId, '');
	for (let i = 0; s && i < s.length; i++) {
		const key = s.key(i);
		if (!key?.startsWith(prefix)) continue;
		try {
			offer(key.slice(prefix.length), JSON.parse(s.getItem(key) ?? ''));
		} catch {
			// Not JSON: ignored, and replaced by the next keystroke in that field.
		}
	}
	const first = rowId(evaluationId, '');
	const rows = await withDb((db) =>
		db.getAll('meta', IDBKeyRange.bound(first, `${first}\uffff`))
	).catch(() => []);
	for (const row of rows) offer(row.id.slice(first.length), row);
	return [...newest.values()];
}

/** Drops a field's copies (its text is stored, or something newer is). */
export async function clearBufferedText(evaluationId: string, field: string): Promise<void> {
	try {
		store()?.removeItem(keyOf(evaluationId, field));
	} catch {
		// Storage disabled: nothing was kept there.
	}
	// A row left behind (the database is unavailable) is compared and dropped on a later load.
	await withDb((db) => db.delete('meta', rowId(evaluationId, field))).catch(() => undefined);
}

/** Drops every copy kept for one evaluation (it was deleted: no typed text may outlive it). */
export async function clearBufferedTexts(evaluationId: string): Promise<void> {
	for (const { field } of await bufferedTexts(evaluationId)) {
		await clearBufferedText(evaluationId, field);
	}
}
