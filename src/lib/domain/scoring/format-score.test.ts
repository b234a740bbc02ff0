import { describe, expect, it } from 'vitest';
import { NO_SCORE_TEXT, percentText, roundScore, scoreText } from './format-score';

describe('roundScore', () => {
	it.each([
		[79.996, 80],
		[79.95, 80],
		[79.949, 79.9],
		[79.94, 79.9],
		[97.35, 97.4],
		[97.34, 97.3],
		[64.45, 64.5],
		[0, 0],
		[100, 100],
		[0.05, 0.1],
		[99.95, 100]
	])('%d → %d (half away from zero, never cut)', (x, y) => {
		expect(roundScore(x)).toBe(y);
	});

	it('a half computed with floating-point noise below it still rounds up', () => {
		// 0.1 + 0.2 + … style noise: 79.95 reached as 79.94999999999999.
		expect(roundScore(79.95 - 1e-12)).toBe(80);
		expect(roundScore((20 * 79.95 + 60 * 79.95 + 20 * 79.95) / 100)).toBe(80);
	});

	it('negatives round symmetrically and -0 becomes 0', () => {
		expect(roundScore(-79.95)).toBe(-80);
		expect(roundScore(-79.949)).toBe(-79.9);
		expect(roundScore(-64.45)).toBe(-64.5);
		expect(Object.is(roundScore(-0.01), 0)).toBe(true);
	});

	it('is idempotent: rounding a rounded score changes nothing', () => {
		for (const x of [80, 79.9, 97.4, 64.5, 0.1, 33.3, 66.7])
			expect(roundScore(roundScore(x))).toBe(x);
	});
});

describe('scoreText', () => {
	it.each([
		[79.996, '80.0'],
		[79.95, '80.0'],
		[79.949, '79.9'],
		[97.35, '97.4'],
		[64.45, '64.5'],
		[0, '0.0'],
		[100, '100.0'],
		[200 / 3, '66.7'],
		[100 / 3, '33.3']
	])('%d → %s (one decimal always)', (x, text) => {
		expect(scoreText(x)).toBe(text);
	});

	it('no score is a dash', () => {
		expect(scoreText(null)).toBe(NO_SCORE_TEXT);
		expect(scoreText(undefined)).toBe('–');
		expect(scoreText(Number.NaN)).toBe('–');
	});

	it('-0.0 never shows', () => {
		expect(scoreText(-0.01)).toBe('0.0');
	});
});

describe('percentText', () => {
	it.each([
		[0.825, 0, '83'],
		[0.815, 0, '82'],
		[0.8245, 1, '82.5'],
		[1, 0, '100'],
		[0, 1, '0.0'],
		[2 / 3, 1, '66.7'],
		[0.0049, 0, '0']
	])('%d with %d decimals → %s (half away from zero)', (x, digits, text) => {
		expect(percentText(x, digits)).toBe(text);
	});

	it('unknown is a dash', () => {
		expect(percentText(null)).toBe('–');
	});
});
