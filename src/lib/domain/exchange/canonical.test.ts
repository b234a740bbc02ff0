import { describe, expect, it } from 'vitest';
import { canonicalize } from './canonical';

describe('canonicalize', () => {
	it('sorts object keys at every level and writes no whitespace', () => {
		expect(canonicalize({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: 'x' } })).toBe(
			'{"a":{"c":"x","d":[3,{"y":2,"z":1}]},"b":1}'
		);
	});

	it('key order independence: the same content in any insertion order gives the same text', () => {
		const one = { id: 'e1', answers: { 'B1-07': 'met', 'A1-01': 'na' }, revision: 2 };
		const two = { revision: 2, answers: { 'A1-01': 'na', 'B1-07': 'met' }, id: 'e1' };
		expect(canonicalize(one)).toBe(canonicalize(two));
	});

	it('keys sort by UTF-16 code units (uppercase before lowercase, Hangul after ASCII)', () => {
		expect(canonicalize({ b: 1, B: 2, 가: 3, a: 4, '10': 5, '9': 6 })).toBe(
			'{"10":5,"9":6,"B":2,"a":4,"b":1,"가":3}'
		);
	});

	it('numbers as JSON.stringify writes them: 1e21, 0.1, -0 → 0, 5.0 → 5', () => {
		expect(canonicalize([1e21, 0.1, -0, 5.0, 1.5e-7])).toBe('[1e+21,0.1,0,5,1.5e-7]');
	});

	it('strings are escaped as JSON.stringify escapes them; Korean stays literal', () => {
		expect(canonicalize({ s: 'a"b\\c\n\t<script>상담사' })).toBe(
			'{"s":"a\\"b\\\\c\\n\\t<script>상담사"}'
		);
	});

	it('undefined object properties are dropped', () => {
		expect(canonicalize({ a: undefined, b: null, c: 1 })).toBe('{"b":null,"c":1}');
	});

	it('equals the canonical form of its own JSON round trip (what a verifier re-reads)', () => {
		const value = { z: [1, 'two', { x: null, w: false }], a: 0.30000000000000004, k: undefined };
		const text = canonicalize(value);
		expect(canonicalize(JSON.parse(JSON.stringify(value)))).toBe(text);
		expect(canonicalize(JSON.parse(text))).toBe(text);
	});

	it('__proto__ read from JSON is an ordinary key and is kept', () => {
		expect(canonicalize(JSON.parse('{"__proto__":{"x":1},"a":1}'))).toBe(
			'{"__proto__":{"x":1},"a":1}'
		);
	});

	it.each([NaN, Infinity, -Infinity])('rejects the non-finite number %s', (n) => {
		expect(() => canonicalize({ n })).toThrow(TypeError);
	});

	it('rejects undefined inside an array, functions, symbols, bigints and cycles', () => {
		const cyclic: Record<string, unknown> = {};
		cyclic.self = cyclic;
		expect(() => canonicalize([1, undefined])).toThrow(/undefined at \[1\]/);
		expect(() => canonicalize({ f: () => 1 })).toThrow(TypeError);
		expect(() => canonicalize(Symbol('s'))).toThrow(TypeError);
		expect(() => canonicalize(10n)).toThrow(TypeError);
		expect(() => canonicalize(cyclic)).toThrow(/too deep or cyclic/);
	});

	it('a shared (non-cyclic) sub-object may appear twice', () => {
		const shared = { a: 1 };
		expect(canonicalize([shared, shared])).toBe('[{"a":1},{"a":1}]');
	});
});
