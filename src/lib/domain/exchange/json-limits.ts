// The bounds `JsonGuard` (json-guard.ts) holds a document to, set per format by its reader.

/** What a document may hold. */
export interface JsonLimits {
	/** Containers nested deeper than this are refused. */
	depth: number;
	/** Longest string value or key (UTF-16 units) outside `bulk` places. */
	longestString: number;
	/** Longest number or literal (characters). */
	longestNumber: number;
	/** Places whose strings may be longer (photo data), with their own bound. */
	bulk?: { at: (path: readonly (string | number)[]) => boolean; longest: number; message: string };
	/** Most white space between two tokens: line breaks (CR LF is one) and spaces or tabs. */
	whitespace: { breaks: number; spaces: number };
	/** Most values (strings, numbers, literals, objects, arrays) in the document. */
	values: number;
	/** Field names the schemas know, and those whose value is a record (keys inside are data). */
	known: { names: ReadonlySet<string>; records: ReadonlySet<string> };
	/** Most items of a list, by its field name; `longestList` for a list of any other name. */
	lists: ReadonlyMap<string, number>;
	longestList: number;
	/** Most bytes (as JSON) that unknown fields may carry in all. */
	unknownBudget: number;
	/** Set when the document must be an object: the message for a list in its place. */
	notAnObject?: string;
}
