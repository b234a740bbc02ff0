/**
 * Guards on untrusted JSON before any schema sees it: file size (counted before JSON.parse,
 * so a huge file is refused without building it in memory), nesting depth and keys that only
 * an attack would use (`__proto__`, `constructor`, `prototype`).
 */
import type { ParseError } from '../record/parse';

const MiB = 1024 * 1024;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** "61.2 MB": mebibytes, rounded up to one decimal so 50.01 never prints as the 50 MB limit. */
export function formatMegabytes(bytes: number): string {
	const mb = Math.ceil((bytes / MiB) * 10) / 10;
	return `${Number.isInteger(mb) ? mb.toFixed(0) : mb.toFixed(1)} MB`;
}

/** The UTF-8 byte length of a string, counted without encoding it. */
export function utf8Length(text: string): number {
	let n = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c < 0x80) n += 1;
		else if (c < 0x800) n += 2;
		else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
			n += 4; // A surrogate pair is one 4-byte code point.
			i++;
		} else n += 3;
	}
	return n;
}

/** The error for a file of `bytes` bytes over `maxBytes`, or null when it fits. */
export function bundleSizeError(bytes: number, maxBytes: number): string | null {
	return bytes > maxBytes
		? `file is ${formatMegabytes(bytes)}; the limit is ${formatMegabytes(maxBytes)}`
		: null;
}

interface Frame {
	value: unknown;
	depth: number;
	parent: Frame | null;
	key: string | number;
}

/**
 * Walks parsed JSON without recursion and reports the first place nested deeper than
 * `maxDepth` or using a forbidden key. Paths read like `evaluations[3].answers.__proto__`.
 */
export function jsonShapeError(root: unknown, maxDepth: number): ParseError | null {
	const stack: Frame[] = [{ value: root, depth: 0, parent: null, key: '' }];
	while (stack.length) {
		const frame = stack.pop()!;
		const { value, depth } = frame;
		if (typeof value !== 'object' || value === null) continue;
		if (depth >= maxDepth) {
			return { path: pathOf(frame), message: `is nested deeper than ${maxDepth} levels` };
		}
		if (Array.isArray(value)) {
			for (let i = value.length - 1; i >= 0; i--) {
				stack.push({ value: value[i] as unknown, depth: depth + 1, parent: frame, key: i });
			}
			continue;
		}
		for (const key of Object.keys(value)) {
			if (FORBIDDEN_KEYS.has(key)) {
				const at = { value: null, depth, parent: frame, key };
				return { path: pathOf(at), message: `forbidden key "${key}"` };
			}
			const child = (value as Record<string, unknown>)[key];
			stack.push({ value: child, depth: depth + 1, parent: frame, key });
		}
	}
	return null;
}

function pathOf(frame: Frame): string {
	const keys: (string | number)[] = [];
	for (let f: Frame | null = frame; f?.parent; f = f.parent) keys.push(f.key);
	keys.reverse();
	let out = '';
	for (const k of keys) out += typeof k === 'number' ? `[${k}]` : out ? `.${k}` : k;
	return out || '(root)';
}
