import { describe, expect, it } from 'vitest';
import { roundScore, scoreText } from './format-score';

describe('one score figure', () => {
	it('rounds half away from zero to one decimal (hand-computed)', () => {
		expect(roundScore(79.996)).toBe(80);
		expect(roundScore(79.95)).toBe(80);
		expect(roundScore(79.949)).toBe(79.9);
		expect(roundScore(97.35)).toBe(97.4);
		expect(roundScore(64.45)).toBe(64.5);
		expect(roundScore(0)).toBe(0);
		expect(roundScore(-64.45)).toBe(-64.5);
	});

	it('prints one decimal, never a cut figure', () => {
		expect(scoreText(79.996)).toBe('80.0');
		expect(scoreText(97.36)).toBe('97.4');
		expect(scoreText(100)).toBe('100.0');
		expect(scoreText(null)).toBe('—');
	});
});
