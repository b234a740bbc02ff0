import { describe, expect, it } from 'vitest';
import { arrayOf, isNumber, isString, nullable, oneOf, shape } from './guards';

describe('guards', () => {
	const parse = shape<{ id: string; n: number | null; tags: string[]; kind: 'a' | 'b' }>({
		id: isString,
		n: nullable(isNumber),
		tags: arrayOf(isString),
		kind: oneOf(['a', 'b'] as const)
	});

	it('accepts a valid record and keeps only the declared fields', () => {
		expect(parse({ id: 'x', n: null, tags: ['t'], kind: 'a', extra: 1 })).toEqual({
			id: 'x',
			n: null,
			tags: ['t'],
			kind: 'a'
		});
	});

	it('rejects a missing field, a wrong literal, NaN and a mixed array', () => {
		expect(parse({ n: 1, tags: [], kind: 'a' })).toBeUndefined();
		expect(parse({ id: 'x', n: 1, tags: [], kind: 'c' })).toBeUndefined();
		expect(parse({ id: 'x', n: Number.NaN, tags: [], kind: 'a' })).toBeUndefined();
		expect(parse({ id: 'x', n: 1, tags: ['a', 2], kind: 'a' })).toBeUndefined();
	});

	it('rejects non-objects', () => {
		expect(parse(null)).toBeUndefined();
		expect(parse('x')).toBeUndefined();
	});
});
