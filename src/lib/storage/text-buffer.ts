/**
 * The crash buffer for typed text: every keystroke of a note or 종합 의견 is copied here at
 * once, one entry per evaluation and field, with the time it was typed. Text fields save to
 * IndexedDB only after a pause in typing; a tab killed within that pause (or an old tab that
 * can no longer write after another tab upgraded the database) would lose the last words.
 * localStorage is written synchronously, so what was typed survives the tab, and the next load
 * of the evaluation puts it back (see `restoreTypedText`). Entries are removed once the stored
 * record holds the same text, or a newer one.
 */
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

/** Copies what was just typed; never throws (a full disk only loses the crash copy). */
export function bufferText(evaluationId: string, field: string, text: string, at: number): void {
	try {
		store()?.setItem(keyOf(evaluationId, field), JSON.stringify({ text, at }));
	} catch {
		// Quota: the IndexedDB save still runs; only the crash copy is missing.
	}
}

/** Every buffered field of one evaluation; damaged entries are skipped. */
export function bufferedTexts(evaluationId: string): BufferedText[] {
	const s = store();
	if (!s) return [];
	const prefix = keyOf(evaluationId, '');
	const out: BufferedText[] = [];
	for (let i = 0; i < s.length; i++) {
		const key = s.key(i);
		if (!key?.startsWith(prefix)) continue;
		try {
			const value: unknown = JSON.parse(s.getItem(key) ?? '');
			if (typeof value !== 'object' || value === null) continue;
			const { text, at } = value as Record<string, unknown>;
			if (isString(text) && isNumber(at)) {
				out.push({ field: key.slice(prefix.length), text, at });
			}
		} catch {
			// Not JSON: ignored, and replaced by the next keystroke in that field.
		}
	}
	return out;
}

/** Drops a field's entry (its text is stored, or something newer is). */
export function clearBufferedText(evaluationId: string, field: string): void {
	try {
		store()?.removeItem(keyOf(evaluationId, field));
	} catch {
		// Nothing to do: an entry left behind is dropped on the next load.
	}
}
