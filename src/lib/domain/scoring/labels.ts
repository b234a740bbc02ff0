/**
 * The one label table for the record's terms (status, channel, time slot, verdict, answer) in
 * Korean and English. The screens' messages and the CSV exports both read it, so an export
 * says exactly what the screen says.
 */
import { answerValues, type AnswerValue } from '../record/answer-values';
import type { Channel } from '../record/common';
import type { EvaluationStatus, TimeSlot } from '../record/evaluation';
import type { Verdict } from './score';

export type LabelLocale = 'ko' | 'en';

export interface TermLabels {
	status: Record<EvaluationStatus, string>;
	channel: Record<Channel, string>;
	timeSlot: Record<TimeSlot, string>;
	verdict: Record<Verdict, string>;
	answer: Record<AnswerValue, string>;
	/** An expected check with no answer yet. */
	unanswered: string;
}

/** Labels of the record's terms per language. */
export const termLabels: Record<LabelLocale, TermLabels> = {
	ko: {
		status: { draft: '작성 중', 'awaiting-follow-up': '후속 조치 대기', final: '확정' },
		channel: { phone: '전화', email: '이메일', chat: '채팅·웹', 'sms-sns': 'SMS·SNS' },
		timeSlot: { morning: '오전', lunch: '점심', afternoon: '오후', evening: '저녁', night: '야간' },
		verdict: { excellent: '우수', pass: '합격', fail: '불합격' },
		answer: { met: '충족', partial: '부분', 'not-met': '미충족', na: '해당없음' },
		unanswered: '미응답'
	},
	en: {
		status: { draft: 'Draft', 'awaiting-follow-up': 'Awaiting follow-up', final: 'Final' },
		channel: { phone: 'Phone', email: 'E-mail', chat: 'Chat / web', 'sms-sns': 'SMS / SNS' },
		timeSlot: {
			morning: 'Morning',
			lunch: 'Lunch',
			afternoon: 'Afternoon',
			evening: 'Evening',
			night: 'Night'
		},
		verdict: { excellent: 'Excellent', pass: 'Pass', fail: 'Fail' },
		answer: { met: 'Met', partial: 'Partial', 'not-met': 'Not met', na: 'N/A' },
		unanswered: 'Unanswered'
	}
};

/** The sign of each answer in the scorecard's O/X column, as on the paper checklist. */
export const answerSheetSign: Record<AnswerValue, string> = {
	met: 'O',
	partial: '△',
	'not-met': 'X',
	na: 'N/A'
};

/** The icon on each answer's button. */
export const answerIcon: Record<AnswerValue, string> = {
	met: '✓',
	partial: '◐',
	'not-met': '✕',
	na: '–'
};

/** The sign shown for a check with no answer, beside the answers' signs. */
export const unansweredSign = '–';

/** The scorecard's legend of signs (`O 충족 · △ 부분 · …`) in one language. */
export function answerLegend(locale: LabelLocale): string {
	const t = termLabels[locale];
	return [
		...answerValues.map((v) => `${answerSheetSign[v]} ${t.answer[v]}`),
		`${unansweredSign} ${t.unanswered}`
	].join(' · ');
}
