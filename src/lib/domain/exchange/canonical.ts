/**
 * Canonical JSON (RFC 8785 JCS style), the byte string a bundle signature covers. Written
 * here rather than taken from npm because it is ~40 lines and must never change under us: a
 * different serialisation of the same bundle would turn every old signature into "altered".
 *
 * Rules: object keys sorted by UTF-16 code units (JS's default string order, as JCS says),
 * no whitespace, strings and finite numbers exactly as `JSON.stringify` writes them,
 * `undefined` object properties dropped. Anything JSON cannot carry faithfully — NaN,
 * ±Infinity, undefined in an array, functions, symbols, bigints, cycles (seen as nesting
 * beyond 1,000 levels) — throws, so nothing is ever signed in a form that differs from what
 * is written to the file.
 */

/** Deeper than this is taken for a cycle; real bundles are about 7 levels deep. */
const MAX_DEPTH = 1000;

/** The canonical JSON text of `value`; throws a TypeError on values JSON cannot represent. */
export function canonicalize(value: unknown): string {
	return write(value, 0);
}

// Keys repeat thousands of times in a bundle (field names, check ids): escape each once.
const keyText = new Map<string, string>();

function quotedKey(key: string): string {
	let text = keyText.get(key);
	if (text === undefined) {
		text = JSON.stringify(key) + ':';
		if (keyText.size < 10_000) keyText.set(key, text);
	}
	return text;
}

function write(value: unknown, depth: number): string {
	if (value === null) return 'null';
	switch (typeof value) {
		case 'boolean':
			return value ? 'true' : 'false';
		case 'string':
			return JSON.stringify(value);
		case 'number':
			if (!Number.isFinite(value)) throw new TypeError(`cannot canonicalize ${String(value)}`);
			return String(value); // the same digits JSON.stringify writes (-0 → 0)
		case 'object':
			break;
		default:
			throw new TypeError(`cannot canonicalize a ${typeof value}`);
	}
	if (depth >= MAX_DEPTH) throw new TypeError('cannot canonicalize: too deep or cyclic');
	if (Array.isArray(value)) {
		let out = '[';
		for (let i = 0; i < value.length; i++) {
			const item: unknown = value[i];
			if (item === undefined) throw new TypeError(`cannot canonicalize undefined at [${i}]`);
			out += (i > 0 ? ',' : '') + write(item, depth + 1);
		}
		return out + ']';
	}
	const rec = value as Record<string, unknown>;
	const keys = Object.keys(rec).sort();
	let out = '{';
	for (const key of keys) {
		const item = rec[key];
		if (item === undefined) continue;
		out += (out.length > 1 ? ',' : '') + quotedKey(key) + write(item, depth + 1);
	}
	return out + '}';
}
