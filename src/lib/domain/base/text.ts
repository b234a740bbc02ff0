/**
 * Text PostgreSQL can store. Two things a JavaScript string may hold cannot be stored: the NUL
 * character (U+0000, refused in `text` and in `jsonb`) and half of a UTF-16 surrogate pair
 * (text cut inside an emoji: refused in `jsonb`, silently turned into U+FFFD in `text`). The
 * team server refuses both, naming the field (`storableString`, `unstorableIn`); the phone
 * cleans what a person types before it is stored (`cleanText`), so nothing typed is changed
 * behind anyone's back afterwards.
 */
import { z } from './zod';

/** Why a text cannot be stored, as a 422 names it after the field. */
export const UNSTORABLE = {
	nul: 'contains a NUL character (U+0000), which cannot be stored',
	surrogate: 'contains half of a character pair (a lone UTF-16 surrogate), which cannot be stored'
} as const;

const NUL = '\u0000';
/** A whole pair (two code units), or one surrogate alone: scanned left to right. */
const SURROGATES = /[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDFFF]/g;

function hasLoneSurrogate(text: string): boolean {
	if (!/[\uD800-\uDFFF]/.test(text)) return false;
	for (const [m] of text.matchAll(SURROGATES)) if (m.length === 1) return true;
	return false;
}

/** Why `text` cannot be stored (a sentence of `UNSTORABLE`), or undefined when it can. */
export function textProblem(text: string): string | undefined {
	if (text.includes(NUL)) return UNSTORABLE.nul;
	if (hasLoneSurrogate(text)) return UNSTORABLE.surrogate;
	return undefined;
}

/**
 * `text` as it can be stored: NUL characters removed, each lone surrogate replaced by U+FFFD
 * (what any UTF-8 encoder writes for it). For text a person is typing, before it is stored.
 */
export function cleanText(text: string): string {
	if (textProblem(text) === undefined) return text;
	return text.replaceAll(NUL, '').replace(SURROGATES, (m) => (m.length === 2 ? m : '\uFFFD'));
}

/** Where in a JSON-like value a string (or an object key) cannot be stored, and why. */
export interface Unstorable {
	path: (string | number)[];
	message: string;
}

/**
 * The first string or object key in `value` that cannot be stored, with its path; undefined
 * when every one can. Walks plain JSON values (objects, arrays, strings).
 */
export function unstorableIn(value: unknown): Unstorable | undefined {
	const stack: { value: unknown; path: (string | number)[] }[] = [{ value, path: [] }];
	while (stack.length > 0) {
		const { value: v, path } = stack.pop()!;
		if (typeof v === 'string') {
			const message = textProblem(v);
			if (message) return { path, message };
		} else if (Array.isArray(v)) {
			for (let i = v.length - 1; i >= 0; i--) stack.push({ value: v[i], path: [...path, i] });
		} else if (typeof v === 'object' && v !== null) {
			const entries = Object.entries(v);
			for (const [key] of entries) {
				const message = textProblem(key);
				// The key itself cannot be written in the path: name it by what it is.
				if (message) return { path: [...path, cleanText(key)], message: `key ${message}` };
			}
			for (let i = entries.length - 1; i >= 0; i--) {
				const [key, item] = entries[i]!;
				stack.push({ value: item, path: [...path, key] });
			}
		}
	}
	return undefined;
}

/** A string that must be storable (every free string a request to the team server carries). */
export function storableString() {
	return z.string().superRefine((text, ctx) => {
		const message = textProblem(text);
		if (message) ctx.addIssue({ code: 'custom', message });
	});
}

/**
 * A check for a whole value (a campaign or an evaluation as a request carries it): every string
 * in it storable, the first one that is not named by its path.
 */
export function everyTextStorable(value: unknown, ctx: z.RefinementCtx): void {
	const found = unstorableIn(value);
	if (found) ctx.addIssue({ code: 'custom', message: found.message, path: found.path });
}
