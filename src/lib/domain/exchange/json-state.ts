// The state `JsonGuard` (json-guard.ts) keeps while JSON text streams in: a stack of open
// containers and what comes next, so its memory does not grow with the file.

/** An open container while the text streams in. */
export interface Frame {
	array: boolean;
	/** The key (object) or index (array) of the member being read; undefined before the first. */
	member: string | number | undefined;
	/** Keys inside are data (`answers` by check id), not field names. */
	record: boolean;
	unknown: boolean;
	/** Items so far (arrays) and the most allowed. */
	items: number;
	maxItems: number;
}

/** What the reader expects next. */
export type Mode =
	| 'value' // a value is expected
	| 'first-item' // after `[`: a value or `]`
	| 'first-key' // after `{`: a key or `}`
	| 'key' // after `,` in an object
	| 'colon'
	| 'after' // after a value: `,`, a closing bracket, or the end
	| 'string'
	| 'key-string'
	| 'scalar' // a number or a literal
	| 'done'
	| 'invalid'; // a syntax error: JSON.parse will name it
