import { describe, expect, it } from 'vitest';
import { answerCredit, answerValues, offeredAnswers } from '../record/common';
import { ANSWER_CODE, CODE } from './plan';
import { answerIcon, answerLegend, answerSheetSign, termLabels } from './labels';

describe('the answer values, read from one list', () => {
	it('every answer value has a credit, a code, labels in both languages and its signs', () => {
		for (const v of answerValues) {
			expect(answerCredit[v]).not.toBeUndefined();
			expect(ANSWER_CODE[v]).not.toBeUndefined();
			expect(termLabels.ko.answer[v]).toBeTruthy();
			expect(termLabels.en.answer[v]).toBeTruthy();
			expect(answerSheetSign[v]).toBeTruthy();
			expect(answerIcon[v]).toBeTruthy();
		}
	});

	it('codes follow the credit: N/A out of the score, else twice the credit', () => {
		expect(ANSWER_CODE).toEqual({
			met: CODE.MET,
			partial: CODE.PARTIAL,
			'not-met': CODE.NOT_MET,
			na: CODE.NA
		});
	});

	it("'partial' is offered only where the template allows it", () => {
		expect(offeredAnswers(true)).toEqual(['met', 'partial', 'not-met', 'na']);
		expect(offeredAnswers(false)).toEqual(['met', 'not-met', 'na']);
	});

	it('the scorecard legend lists every sign with its label', () => {
		expect(answerLegend('ko')).toBe('O 충족 · △ 부분 · X 미충족 · N/A 해당없음 · – 미응답');
		expect(answerLegend('en')).toBe('O Met · △ Partial · X Not met · N/A N/A · – Unanswered');
	});
});
