import { describe, expect, it } from 'vitest';
import { compareKo } from './collation';

describe('compareKo', () => {
	it('orders Hangul in dictionary order', () => {
		expect(['다온', '가람', '나래'].sort(compareKo)).toEqual(['가람', '나래', '다온']);
	});

	it('agrees with localeCompare in Korean, equal strings included', () => {
		const names = ['한빛카드', 'KB 고객센터', '가나다', '가나', 'abc', '123', '가나다'];
		const expected = [...names].sort((a, b) => a.localeCompare(b, 'ko'));
		expect([...names].sort(compareKo)).toEqual(expected);
		expect(compareKo('가나다', '가나다')).toBe(0);
	});
});
