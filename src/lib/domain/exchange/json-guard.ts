/**
 * Guards on untrusted JSON before any schema sees it: file size (counted before JSON.parse,
 * so a huge file is refused without building it in memory), nesting depth, keys that only
 * an attack would use (`__proto__`, `constructor`, `prototype`), strings longer than any
 * legitimate one and unknown fields carrying more than a small budget (padding).
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

/** What content a document may carry, beyond its shape (see `jsonShapeError`). */
export interface ContentLimits {
	/** Longest string value or key (UTF-16 units) outside `isBulk` places. */
	longestString: number;
	/** Places whose strings may be longer (photo data); their own schema bounds them. */
	isBulk?: (path: readonly (string | number)[]) => boolean;
	/** Field names the schemas know; content under any other name counts as unknown. */
	known?: { names: ReadonlySet<string>; records: ReadonlySet<string> };
	/** Most bytes (roughly, as JSON) that unknown fields may carry in all. */
	unknownBudget?: number;
}

interface Frame {
	value: unknown;
	depth: number;
	parent: Frame | null;
	key: string | number;
	/** Inside a field the schemas do not know. */
	unknown: boolean;
}

/**
 * Walks parsed JSON without recursion and reports the first place nested deeper than
 * `maxDepth` or using a forbidden key. Paths read like `evaluations[3].answers.__proto__`.
 * With `content`, it also reports a string longer than any legitimate one and unknown fields
 * that together carry more than their budget: padding that would otherwise be parsed, kept
 * in memory, hashed for the signature and only then stripped.
 */
export function jsonShapeError(
	root: unknown,
	maxDepth: number,
	content?: ContentLimits
): ParseError | null {
	const stack: Frame[] = [{ value: root, depth: 0, parent: null, key: '', unknown: false }];
	let unknownBytes = 0;
	const budget = content?.unknownBudget ?? Infinity;
	const known = content?.known;
	while (stack.length) {
		const frame = stack.pop()!;
		const { value, depth } = frame;
		if (content) {
			if (typeof value === 'string' && value.length > content.longestString) {
				if (!content.isBulk?.(keysOf(frame))) {
					return {
						path: pathOf(frame),
						message: `is a text of ${value.length} characters; no text in a bundle is longer than ${content.longestString} (photos aside)`
					};
				}
			}
			if (frame.unknown) {
				unknownBytes +=
					2 + String(frame.key).length + (typeof value === 'string' ? value.length : 8);
				if (unknownBytes > budget) {
					return {
						path: pathOf(frame),
						message: `fields this app does not know carry more than ${formatKilobytes(budget)}; such padding is refused`
					};
				}
			}
		}
		if (typeof value !== 'object' || value === null) continue;
		if (depth >= maxDepth) {
			return { path: pathOf(frame), message: `is nested deeper than ${maxDepth} levels` };
		}
		if (Array.isArray(value)) {
			for (let i = value.length - 1; i >= 0; i--) {
				stack.push({
					value: value[i] as unknown,
					depth: depth + 1,
					parent: frame,
					key: i,
					unknown: frame.unknown
				});
			}
			continue;
		}
		const inRecord = typeof frame.key === 'string' && !!known?.records.has(frame.key);
		for (const key of Object.keys(value)) {
			if (FORBIDDEN_KEYS.has(key)) {
				const at = { value: null, depth, parent: frame, key, unknown: frame.unknown };
				return { path: pathOf(at), message: `forbidden key "${key}"` };
			}
			if (content && key.length > content.longestString) {
				const at = {
					value: null,
					depth,
					parent: frame,
					key: key.slice(0, 20) + '…',
					unknown: true
				};
				return { path: pathOf(at), message: `has a key of ${key.length} characters` };
			}
			const child = (value as Record<string, unknown>)[key];
			const unknown = frame.unknown || (!!known && !inRecord && !known.names.has(key));
			stack.push({ value: child, depth: depth + 1, parent: frame, key, unknown });
		}
	}
	return null;
}

function formatKilobytes(bytes: number): string {
	return bytes >= MiB ? formatMegabytes(bytes) : `${Math.ceil(bytes / 1024)} KB`;
}

function keysOf(frame: Frame): (string | number)[] {
	const keys: (string | number)[] = [];
	for (let f: Frame | null = frame; f?.parent; f = f.parent) keys.push(f.key);
	return keys.reverse();
}

function pathOf(frame: Frame): string {
	const keys = keysOf(frame);
	let out = '';
	for (const k of keys) out += typeof k === 'number' ? `[${k}]` : out ? `.${k}` : k;
	return out || '(root)';
}
