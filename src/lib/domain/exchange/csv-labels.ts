/** Column headers of the CSV exports; value labels come from the screens' table (../labels). */
import { termLabels, type LabelLocale } from '../scoring/labels';

export type CsvLocale = LabelLocale;

/** The value labels of a CSV: the very table the screens show. */
export const labels = termLabels;

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
