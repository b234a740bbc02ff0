/**
 * Guards on untrusted JSON before it is parsed: file size (counted before anything is read),
 * then `JsonGuard`, which reads the text as it streams in, piece by piece, and stops at the
 * first sign of padding, before the file is held in memory as text, let alone as objects:
 * nesting too deep, keys that only an attack would use (`__proto__`, `constructor`,
 * `prototype`), strings or numbers longer than any legitimate one, more white space between
 * two values than a pretty-printer writes, lists longer than their schema allows, more values
 * than a file of records can hold, and unknown fields carrying more than a small budget.
 * Syntax errors are left to `JSON.parse`, which names them.
 */
import type { ParseError } from '../record/parse';
import { formatKilobytes, utf8Length } from './file-size';

import { formatPath, isScalarChar, unescapeChar } from './json-text';
import type { JsonLimits } from './json-limits';
import type { Frame, Mode } from './json-state';

export type { JsonLimits } from './json-limits';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const WS_SPACE = new Set([0x20, 0x09]);

/**
 * Reads JSON text in pieces (`write`, then `end`) and returns the first padding it sees as a
 * `{ path, message }`, or null. It keeps only a stack of open containers and the current
 * key, so its memory does not grow with the file.
 */
export class JsonGuard {
	readonly #limits: JsonLimits;
	readonly #stack: Frame[] = [];
	#mode: Mode = 'value';
	#started = false;
	#values = 0;
	#unknownBytes = 0;
	/** Stack height at which the unknown value being read began, or -1. */
	#unknownFrom = -1;
	#inUnknown = false;
	/** The string or scalar being read: its length so far and whether it is bulk data. */
	#length = 0;
	#bulk = false;
	#escape = 0; // 0: none; 1: after `\`; 2–5: hex digits of `\u` left
	#hex = '';
	#key = '';
	#breaks = 0;
	#spaces = 0;
	#lastCr = false;
	#error: ParseError | null = null;

	constructor(limits: JsonLimits) {
		this.#limits = limits;
	}

	/** Reads the next piece; the first padding found, or null. */
	write(chunk: string): ParseError | null {
		if (this.#error || this.#mode === 'invalid') return this.#error;
		let i = 0;
		if (!this.#started) {
			this.#started = true;
			if (chunk.charCodeAt(0) === 0xfeff) i = 1;
		}
		for (const n = chunk.length; i < n && !this.#error; i++) {
			const mode = this.#mode;
			if (mode === 'string' || mode === 'key-string') {
				i = this.#stringPart(chunk, i) - 1;
				continue;
			}
			const c = chunk.charCodeAt(i);
			if (this.#inUnknown) this.#countUnknown(c);
			if (mode === 'scalar') {
				if (isScalarChar(c)) {
					if (++this.#length > this.#limits.longestNumber) {
						this.#fail(
							this.#pathHere(),
							`is a number of more than ${this.#limits.longestNumber} characters`
						);
					}
					continue;
				}
				this.#endValue();
				if (this.#error) break;
			}
			if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) {
				this.#whitespace(c);
				continue;
			}
			this.#breaks = 0;
			this.#spaces = 0;
			this.#lastCr = false;
			this.#token(c);
			if ((this.#mode as Mode) === 'invalid') return null;
		}
		return this.#error;
	}

	/** The end of the text: a number at the very end is complete. */
	end(): ParseError | null {
		if (!this.#error && this.#mode === 'scalar') this.#endValue();
		return this.#error;
	}

	#token(c: number): void {
		switch (this.#mode) {
			case 'value':
			case 'first-item':
				if (c === 0x5d && this.#mode === 'first-item') return this.#close(true);
				return this.#startValue(c);
			case 'first-key':
			case 'key':
				if (c === 0x7d && this.#mode === 'first-key') return this.#close(false);
				if (c !== 0x22) return this.#invalid();
				this.#mode = 'key-string';
				this.#key = '';
				this.#length = 0;
				return;
			case 'colon':
				if (c !== 0x3a) return this.#invalid();
				this.#mode = 'value';
				return;
			case 'after': {
				const top = this.#stack.at(-1);
				if (!top) return this.#invalid();
				if (c === 0x2c) {
					this.#mode = top.array ? 'value' : 'key';
					return;
				}
				if (c === (top.array ? 0x5d : 0x7d)) return this.#close(top.array);
				return this.#invalid();
			}
			default:
				return this.#invalid();
		}
	}

	#startValue(c: number): void {
		const top = this.#stack.at(-1);
		if (!top && this.#values > 0) return this.#invalid();
		// A list where an object belongs is refused at once (its items could be padding);
		// anything else that is not an object is left to the parser and its readers.
		if (!top && c === 0x5b && this.#limits.notAnObject) {
			return this.#fail('(root)', this.#limits.notAnObject);
		}
		if (top?.array) {
			top.member = top.items;
			if (++top.items > top.maxItems) {
				return this.#fail(
					this.#pathOf(this.#stack.length - 1),
					`must have at most ${top.maxItems} items`
				);
			}
		}
		if (++this.#values > this.#limits.values) {
			return this.#fail(
				'(file)',
				`holds more than ${this.#limits.values} values; such padding is refused`
			);
		}
		const unknown = this.#isUnknownHere();
		if (unknown && this.#unknownFrom < 0) {
			this.#unknownFrom = this.#stack.length;
			this.#inUnknown = true;
			// The key and the character just read belong to the unknown field too.
			this.#unknownBytes += typeof top?.member === 'string' ? top.member.length + 3 : 1;
			this.#countUnknown(c);
			if (this.#error) return;
		}
		if (c === 0x7b || c === 0x5b) {
			if (this.#stack.length >= this.#limits.depth) {
				return this.#fail(this.#pathHere(), `is nested deeper than ${this.#limits.depth} levels`);
			}
			const array = c === 0x5b;
			const name = this.#fieldName();
			this.#stack.push({
				array,
				member: undefined,
				record: !array && name !== undefined && this.#limits.known.records.has(name),
				unknown,
				items: 0,
				maxItems: array
					? ((name === undefined ? undefined : this.#limits.lists.get(name)) ??
						this.#limits.longestList)
					: Infinity
			});
			this.#mode = array ? 'first-item' : 'first-key';
			return;
		}
		if (c === 0x22) {
			this.#mode = 'string';
			this.#length = 0;
			this.#bulk = !!this.#limits.bulk?.at(this.#path());
			return;
		}
		if (isScalarChar(c)) {
			this.#mode = 'scalar';
			this.#length = 1;
			return;
		}
		this.#invalid();
	}

	/** Reads string characters from `i`; returns where it stopped. */
	#stringPart(chunk: string, start: number): number {
		const key = this.#mode === 'key-string';
		const max = this.#bulk && !key ? this.#limits.bulk!.longest : this.#limits.longestString;
		let i = start;
		const n = chunk.length;
		let closed = false;
		while (i < n) {
			const c = chunk.charCodeAt(i);
			if (this.#escape > 0) {
				if (this.#escape === 1) {
					if (c === 0x75) {
						this.#escape = 5;
						this.#hex = '';
					} else {
						this.#escape = 0;
						this.#length++;
						if (key) this.#key += unescapeChar(c);
					}
				} else {
					this.#hex += chunk[i];
					if (--this.#escape === 1) {
						this.#escape = 0;
						this.#length++;
						if (key) this.#key += String.fromCharCode(parseInt(this.#hex, 16));
					}
				}
				i++;
				continue;
			}
			if (c === 0x22) {
				closed = true;
				break;
			}
			if (c === 0x5c) {
				this.#escape = 1;
				i++;
				continue;
			}
			// A run of plain characters, counted (and kept, for a key) at once; never read past
			// the bound, so what is reported does not depend on how the text was cut in pieces.
			let j = i + 1;
			const stop = Math.min(n, i + max - this.#length + 1);
			while (j < stop) {
				const d = chunk.charCodeAt(j);
				if (d === 0x22 || d === 0x5c) break;
				j++;
			}
			this.#length += j - i;
			if (key && this.#key.length <= this.#limits.longestString) this.#key += chunk.slice(i, j);
			i = j;
			if (this.#length > max) break;
		}
		if (this.#inUnknown) {
			this.#unknownBytes += utf8Length(chunk.slice(start, Math.min(i + 1, n)));
			if (this.#unknownBytes > this.#limits.unknownBudget) {
				this.#failUnknown(key);
				return n;
			}
		}
		if (this.#length > max) {
			if (key) {
				const member = this.#key.slice(0, 20) + '…';
				this.#fail(
					this.#pathWith(member),
					`has a key of more than ${this.#limits.longestString} characters`
				);
			} else if (this.#bulk) {
				this.#fail(this.#pathHere(), this.#limits.bulk!.message);
			} else {
				this.#fail(
					this.#pathHere(),
					`is a text of more than ${max} characters; no text in a bundle is longer (photos aside)`
				);
			}
			return n;
		}
		if (!closed) return n;
		if (key) this.#endKey();
		else this.#endValue();
		return i + 1;
	}

	#endKey(): void {
		const top = this.#stack.at(-1)!;
		top.member = this.#key;
		this.#mode = 'colon';
		if (FORBIDDEN_KEYS.has(this.#key)) {
			this.#fail(this.#pathHere(), `forbidden key "${this.#key}"`);
		}
	}

	#endValue(): void {
		this.#mode = this.#stack.length ? 'after' : 'done';
		if (this.#unknownFrom === this.#stack.length) {
			this.#unknownFrom = -1;
			this.#inUnknown = false;
		}
	}

	#close(array: boolean): void {
		const top = this.#stack.at(-1);
		if (!top || top.array !== array) return this.#invalid();
		this.#stack.pop();
		this.#endValue();
	}

	#whitespace(c: number): void {
		const ws = this.#limits.whitespace;
		if (c === 0x0a) {
			if (!this.#lastCr) this.#breaks++;
			this.#lastCr = false;
		} else if (c === 0x0d) {
			this.#breaks++;
			this.#lastCr = true;
		} else if (WS_SPACE.has(c)) {
			this.#spaces++;
			this.#lastCr = false;
		}
		if (this.#breaks > ws.breaks || this.#spaces > ws.spaces) {
			this.#fail(
				this.#pathHere(),
				`holds more white space between two values than a pretty-printed file (${ws.breaks} line breaks and ${ws.spaces} spaces); such padding is refused`
			);
		}
	}

	#countUnknown(c: number): void {
		this.#unknownBytes += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
		if (this.#unknownBytes > this.#limits.unknownBudget) this.#failUnknown(false);
	}

	#failUnknown(inKey: boolean): void {
		const path = inKey ? this.#pathWith(this.#key.slice(0, 20)) : this.#pathHere();
		this.#fail(
			path,
			`fields this app does not know carry more than ${formatKilobytes(this.#limits.unknownBudget)}; such padding is refused`
		);
	}

	/** Whether the value starting now sits under a field name the schemas do not know. */
	#isUnknownHere(): boolean {
		const top = this.#stack.at(-1);
		if (!top) return false;
		if (top.unknown) return true;
		if (top.array || top.record) return false;
		return !this.#limits.known.names.has(String(top.member));
	}

	/** The field name the value starting now is under (none in a list or a record). */
	#fieldName(): string | undefined {
		const top = this.#stack.at(-1);
		return top && !top.array && !top.record ? String(top.member) : undefined;
	}

	#path(): (string | number)[] {
		const keys: (string | number)[] = [];
		for (const f of this.#stack) if (f.member !== undefined) keys.push(f.member);
		return keys;
	}

	#pathOf(height: number): string {
		return formatPath(this.#stack.slice(0, height).map((f) => f.member));
	}

	#pathHere(): string {
		return formatPath(this.#path());
	}

	#pathWith(member: string): string {
		return formatPath([...this.#stack.slice(0, -1).map((f) => f.member), member]);
	}

	#fail(path: string, message: string): void {
		this.#error ??= { path, message };
	}

	#invalid(): void {
		this.#mode = 'invalid';
	}
}
