import { describe, expect, it } from 'vitest';
import { Evaluation } from '../record';
import { idString, nameString, noteString } from '../record/common';
import { buildEvaluation } from '$lib/testing/builders';
import { cleanText, storableString, textProblem, UNSTORABLE, unstorableIn } from './text';

const NUL = '\u0000';
const HIGH = '\uD83D'; // the first half of 😀 (U+1F600 = D83D DE00)
const LOW = '\uDE00';

describe('text the team server can store', () => {
	it('finds a NUL, a lone high surrogate and a lone low surrogate; a whole pair is fine', () => {
		expect(textProblem(`a${NUL}b`)).toBe(UNSTORABLE.nul);
		expect(textProblem(`cut at the end ${HIGH}`)).toBe(UNSTORABLE.surrogate);
		expect(textProblem(`${LOW} cut at the start`)).toBe(UNSTORABLE.surrogate);
		expect(textProblem(`${LOW}${HIGH}`)).toBe(UNSTORABLE.surrogate);
		expect(textProblem(`웃음 ${HIGH}${LOW} 끝`)).toBeUndefined();
		expect(textProblem('')).toBeUndefined();
	});

	it('cleans typed text: NUL removed, each lone surrogate becomes U+FFFD, pairs kept', () => {
		expect(cleanText(`a${NUL}b${NUL}`)).toBe('ab');
		expect(cleanText(`메모 ${HIGH}`)).toBe('메모 \uFFFD');
		expect(cleanText(`${LOW}${HIGH}${LOW}`)).toBe(`\uFFFD${HIGH}${LOW}`);
		expect(cleanText(`😀 ok`)).toBe('😀 ok');
	});

	it('names the path of the first unstorable string or key in a value', () => {
		expect(unstorableIn({ a: [{ b: 'fine' }, { c: `x${NUL}` }] })).toEqual({
			path: ['a', 1, 'c'],
			message: UNSTORABLE.nul
		});
		expect(unstorableIn({ answers: { [`A1-01${NUL}`]: {} } })?.message).toBe(
			`key ${UNSTORABLE.nul}`
		);
		expect(unstorableIn({ n: 1, t: true, z: null, s: '😀' })).toBeUndefined();
	});

	it('wire strings (ids, names, notes) refuse both; a stored record still reads them', () => {
		for (const schema of [storableString(), idString, nameString, noteString]) {
			const r = schema.safeParse(`x${HIGH}`);
			expect(r.success).toBe(false);
			expect(r.error?.issues[0]?.message).toBe(UNSTORABLE.surrogate);
			expect(schema.safeParse(`x${NUL}`).error?.issues[0]?.message).toBe(UNSTORABLE.nul);
		}
		// A phone keeps reading a note it stored before input was cleaned.
		const held = buildEvaluation({ overallOpinion: `잘림 ${HIGH}` });
		expect(Evaluation.safeParse(held).success).toBe(true);
		expect(unstorableIn(held)?.path).toEqual(['overallOpinion']);
	});
});
