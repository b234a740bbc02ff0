import { describe, expect, it } from 'vitest';
import type { Bilingual } from './types';

describe('smoke', () => {
	it('runs', () => {
		const b: Bilingual = { ko: '가', en: 'a' };
		expect(b.ko).toBe('가');
	});
});
