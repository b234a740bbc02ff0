import { describe, expect, it } from 'vitest';
import { buildEvaluation, T0 } from '../../testing/builders';
import { applyAnswer } from './answers';
import type { Suggestion } from './common';

const suggestion: Suggestion = {
	checkId: 'B1-07',
	value: 'not-met',
	reason: {
		en: 'the machine hung up before an agent answered',
		ko: '상담사 연결 전 기계가 통화를 끊음'
	}
};

describe('applyAnswer', () => {
	it('answering against the suggestion records the override with its reason', () => {
		const e = applyAnswer(
			buildEvaluation(),
			'B1-07',
			{ value: 'met', note: 'line noise' },
			T0 + 10,
			suggestion
		);
		expect(e.answers['B1-07']).toEqual({
			value: 'met',
			note: 'line noise',
			evidenceIds: [],
			answeredAt: T0 + 10,
			overridesSuggestion: {
				suggested: 'not-met',
				reason: 'the machine hung up before an agent answered'
			}
		});
		expect(e.updatedAt).toBe(T0 + 10);
	});

	it('following the suggestion records no override', () => {
		const e = applyAnswer(buildEvaluation(), 'B1-07', { value: 'not-met' }, T0, suggestion);
		expect(e.answers['B1-07']?.overridesSuggestion).toBeUndefined();
	});

	it('every change appends to the change log; an unchanged value appends nothing', () => {
		const e0 = buildEvaluation({ values: { 'A1-01': 'met' } });
		const e1 = applyAnswer(e0, 'A1-01', { value: 'partial', note: 'slow' }, T0 + 1);
		const e2 = applyAnswer(e1, 'A1-01', { value: 'partial' }, T0 + 2);
		expect(e2.changeLog).toEqual([
			{ at: T0 + 1, checkId: 'A1-01', field: 'value', old: 'met', new: 'partial' },
			{ at: T0 + 1, checkId: 'A1-01', field: 'note', old: null, new: 'slow' }
		]);
		expect(e2.answers['A1-01']?.note).toBe('slow'); // kept when not given
		expect(e0.answers['A1-01']?.value).toBe('met'); // the input is not mutated
	});
});
