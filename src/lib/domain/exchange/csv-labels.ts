/** Column headers and value labels of the CSV exports, in Korean and English. */
import type { AnswerValue, Channel } from '../record/common';
import type { EvaluationStatus, TimeSlot } from '../record/evaluation';
import type { Verdict } from '../scoring';

export type CsvLocale = 'ko' | 'en';

interface Labels {
	status: Record<EvaluationStatus, string>;
	channel: Record<Channel, string>;
	timeSlot: Record<TimeSlot, string>;
	verdict: Record<Verdict, string>;
	value: Record<AnswerValue, string>;
}

export const labels: Record<CsvLocale, Labels> = {
	ko: {
		status: { draft: '작성 중', 'awaiting-follow-up': '사후 확인 대기', final: '최종' },
		channel: { phone: '전화', email: '이메일', chat: '채팅', 'sms-sns': '문자·SNS' },
		timeSlot: { morning: '오전', lunch: '점심', afternoon: '오후', evening: '저녁', night: '야간' },
		verdict: { excellent: '우수', pass: '합격', fail: '불합격' },
		value: { met: '충족', partial: '부분 충족', 'not-met': '미충족', na: '해당 없음' }
	},
	en: {
		status: { draft: 'Draft', 'awaiting-follow-up': 'Awaiting follow-up', final: 'Final' },
		channel: { phone: 'Phone', email: 'E-mail', chat: 'Chat', 'sms-sns': 'SMS/SNS' },
		timeSlot: {
			morning: 'Morning',
			lunch: 'Lunch',
			afternoon: 'Afternoon',
			evening: 'Evening',
			night: 'Night'
		},
		verdict: { excellent: 'Excellent', pass: 'Pass', fail: 'Fail' },
		value: { met: 'Met', partial: 'Partly met', 'not-met': 'Not met', na: 'N/A' }
	}
};

export const evaluationHeaders: Record<CsvLocale, readonly string[]> = {
	ko: [
		'평가 ID',
		'개정',
		'상태',
		'캠페인 ID',
		'센터',
		'채널',
		'시나리오',
		'시간대',
		'평가자',
		'상담사',
		'소속',
		'상담 일자',
		'상담 시작',
		'상담 종료',
		'종합 점수',
		'판정',
		'사전 서비스 점수',
		'서비스 점수',
		'사후 서비스 점수',
		'상담사 총점',
		'치명 결함',
		'작성 일시',
		'수정 일시'
	],
	en: [
		'Evaluation ID',
		'Revision',
		'Status',
		'Campaign ID',
		'Center',
		'Channel',
		'Scenario',
		'Time slot',
		'Evaluator',
		'Agent',
		'Team',
		'Consulted date',
		'Consulted from',
		'Consulted to',
		'Overall score',
		'Verdict',
		'Pre-service score',
		'Service score',
		'Post-service score',
		'Agent total (총점)',
		'Critical defects',
		'Created',
		'Updated'
	]
};

export const answerHeaders: Record<CsvLocale, readonly string[]> = {
	ko: [
		'평가 ID',
		'개정',
		'항목 ID',
		'구분 ID',
		'구분',
		'확인사항',
		'응답',
		'메모',
		'응답 일시',
		'제안 값(다르게 응답함)'
	],
	en: [
		'Evaluation ID',
		'Revision',
		'Check ID',
		'Group/stage ID',
		'Group/stage',
		'Check text (ko)',
		'Check text (en)',
		'Answer',
		'Note',
		'Answered at',
		'Suggested value (overridden)'
	]
};
