// Characters and places of JSON text as `JsonGuard` (json-guard.ts) reads and names them.

/** A character of a number or a literal (true, false, null). */
export function isScalarChar(c: number): boolean {
	// Digits, sign, point, exponent and the letters of true, false and null (and of garbage,
	// which JSON.parse then names).
	return (
		(c >= 0x30 && c <= 0x39) ||
		c === 0x2d ||
		c === 0x2b ||
		c === 0x2e ||
		(c >= 0x61 && c <= 0x7a) ||
		(c >= 0x41 && c <= 0x5a)
	);
}

/** The character a one-letter escape (`\\n`, `\\t`…) stands for. */
export function unescapeChar(c: number): string {
	const map: Record<number, string> = {
		0x6e: '\n',
		0x74: '\t',
		0x72: '\r',
		0x62: '\b',
		0x66: '\f'
	};
	return map[c] ?? String.fromCharCode(c);
}

/** A member's place as messages write it: `answers.A1-01.note`, `photos[3]`. */
export function formatPath(keys: readonly (string | number | undefined)[]): string {
	let out = '';
	for (const k of keys) {
		if (k === undefined) continue;
		out += typeof k === 'number' ? `[${k}]` : out ? `.${k}` : k;
	}
	return out || '(root)';
}
