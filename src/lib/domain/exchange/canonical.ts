/**
 * Canonical JSON (RFC 8785 JCS style), the byte string a bundle signature covers. Written
 * here rather than taken from npm because it is ~40 lines and must never change under us: a
 * different serialisation of the same bundle would turn every old signature into "altered".
 *
 * Rules: object keys sorted by UTF-16 code units (JS's default string order, as JCS says),
 * no whitespace, strings and finite numbers exactly as `JSON.stringify` writes them,
 * `undefined` object properties dropped. Anything JSON cannot carry faithfully — NaN,
 * ±Infinity, undefined in an array, functions, symbols, bigints, cycles — throws, so nothing
 * is ever signed in a form that differs from what is written to the file.
 */

/** The canonical JSON text of `value`; throws a TypeError on values JSON cannot represent. */
export function canonicalize(value: unknown): string {
	const parts: string[] = [];
	write(value, parts, new Set());
	return parts.join('');
}

function write(value: unknown, out: string[], stack: Set<object>): void {
	if (value === null) {
		out.push('null');
		return;
	}
	switch (typeof value) {
		case 'boolean':
			out.push(value ? 'true' : 'false');
			return;
		case 'string':
			out.push(JSON.stringify(value));
			return;
		case 'number':
			if (!Number.isFinite(value)) throw new TypeError(`cannot canonicalize ${String(value)}`);
			out.push(JSON.stringify(value));
			return;
		case 'object':
			break;
		default:
			throw new TypeError(`cannot canonicalize a ${typeof value}`);
	}
	const obj = value as object;
	if (stack.has(obj)) throw new TypeError('cannot canonicalize a cyclic structure');
	stack.add(obj);
	if (Array.isArray(obj)) {
		out.push('[');
		for (let i = 0; i < obj.length; i++) {
			if (i > 0) out.push(',');
			const item: unknown = obj[i];
			if (item === undefined) throw new TypeError(`cannot canonicalize undefined at [${i}]`);
			write(item, out, stack);
		}
		out.push(']');
	} else {
		const rec = obj as Record<string, unknown>;
		const keys = Object.keys(rec).sort();
		out.push('{');
		let first = true;
		for (const key of keys) {
			const item = rec[key];
			if (item === undefined) continue;
			if (!first) out.push(',');
			first = false;
			out.push(JSON.stringify(key), ':');
			write(item, out, stack);
		}
		out.push('}');
	}
	stack.delete(obj);
}
