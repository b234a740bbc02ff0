import { describe, expect, it } from 'vitest';
import { buildEvaluation, T0 } from '../../testing/builders';
import { buildTestRecords } from '../../testing/bundles';
import { anonymiseEvaluations } from './anonymise';
import { answersCsv, csvItems, evaluationsCsv } from './csv-exports';
import { evaluationKo } from '../../i18n/evaluation.ko';
import { evaluationEn } from '../../i18n/evaluation.en';
import { checksKo } from '../../i18n/checks.ko';
import { checksEn } from '../../i18n/checks.en';
import { scorecardKo } from '../../i18n/scorecard.ko';

const lines = (csv: string) => csv.replace(/^\uFEFF/, '').split('\r\n');
const records = buildTestRecords();
// Read at the time of the calls (T0), before the callback deadline: no derived outcome yet.
const items = () => csvItems(records.evaluations, records.campaigns, undefined, T0);
const E1 = '00000000-0000-4000-8000-000000000001';
const C1 = '000000ca-0000-4000-8000-000000000001';

describe('evaluationsCsv', () => {
	it('header (ko) and a hand-computed row', () => {
		// #1: pre A1-01 met → 100. in = mean(IVR B1-07 not met 0, agent (0.5 + 1) / 2 = 75) = 37.5.
		// post: nothing → empty. Overall (100×20 + 37.5×60) / 80 = 53.125 → 53.1, 불합격 (< 80).
		// B1-07 is critical and not met: listed, score kept (default mode 'flag').
		const [header, row1, row2, end] = lines(evaluationsCsv(items(), 'ko'));
		expect(header).toBe(
			'평가 ID,개정,상태,캠페인 ID,센터,채널,시나리오,시간대,평가자,상담사,소속,상담 일자,상담 시작,상담 종료,' +
				'종합 점수,판정,사전 서비스 점수,서비스 점수,사후 서비스 점수,상담사 총점,치명 결함,작성 일시,수정 일시'
		);
		expect(row1).toBe(
			`${E1},1,확정,${C1},테스트 카드 고객센터,전화,card loss,오전,Kim,김민지,카드팀,2025-09-01,10:00,10:12,` +
				'53.1,불합격,100.0,37.5,,75.0,B1-07,2025-09-01 10:00,2025-09-01 10:00'
		);
		// #2: A1-01 not met → pre 0; C1-01 N/A → post empty; overall 0.
		expect(row2).toMatch(/,0\.0,불합격,0\.0,,,,,2025-09-01 10:00,2025-09-01 10:00$/);
		expect(end).toBe('');
	});

	it('English headers and labels', () => {
		const [header, row1] = lines(evaluationsCsv(items(), 'en'));
		expect(header?.startsWith('Evaluation ID,Revision,Status,Campaign ID,Center,Channel')).toBe(
			true
		);
		expect(row1).toContain(',Final,');
		expect(row1).toContain(',Phone,card loss,Morning,Kim,');
		expect(row1).toContain(',53.1,Fail,');
	});

	it('anonymised agents appear as their pseudonym', () => {
		const anon = anonymiseEvaluations(records.evaluations);
		const [, row1] = lines(evaluationsCsv(csvItems(anon, records.campaigns, undefined, T0), 'ko'));
		expect(row1).toContain(',Kim,상담사 A,카드팀,');
	});

	it('a scenario written as a formula is guarded and quoted', () => {
		const e = buildEvaluation({ scenario: '=cmd|"/c calc"!A1' });
		const [, row] = lines(evaluationsCsv(csvItems([e], records.campaigns), 'ko'));
		expect(row).toContain(`,"'=cmd|""/c calc""!A1",`);
	});

	it('evaluations whose campaign is unknown are left out of csvItems', () => {
		expect(csvItems([buildEvaluation({ campaignId: E1 })], records.campaigns)).toEqual([]);
	});
});

describe('answersCsv', () => {
	it('one row per answer in catalog order (참고 1 then 참고 2), texts quoted when they hold commas', () => {
		const rows = lines(answersCsv(items(), 'ko'));
		expect(rows[0]).toBe(
			'평가 ID,개정,항목 ID,구분 ID,구분,확인사항,응답,메모,응답 일시,제안 값(다르게 응답함)'
		);
		expect(rows.slice(1, 5).map((r) => r.split(',')[2])).toEqual([
			'A1-01',
			'B1-07',
			'S01-1',
			'S03-5'
		]);
		expect(rows[1]).toBe(
			`${E1},1,A1-01,A1,"고객이 편리하게 이용할 수 있으며, 접근 편의적으로 구성",` +
				'"전화, 팩스, 이메일 응대를 제공하고 있다",충족,,2025-09-01 10:00,'
		);
		expect(rows[2]).toMatch(/,B1-07,B1,.*,미충족,,2025-09-01 10:00,충족$/);
		expect(rows[4]).toMatch(/,S03-5,S03,.*,충족,김민지 상담사가 먼저 끊지 않음,2025-09-01 10:00,$/);
		// #2 has two answers; the file ends with CRLF.
		expect(rows).toHaveLength(1 + 4 + 2 + 1);
	});

	it('English adds the English check text beside the Korean', () => {
		const [header, a1] = lines(answersCsv(items(), 'en'));
		expect(header).toBe(
			'Evaluation ID,Revision,Check ID,Group/stage ID,Group/stage,Check text (ko),Check text (en),Answer,Note,Answered at,Suggested value (overridden)'
		);
		expect(a1).toContain(
			'"전화, 팩스, 이메일 응대를 제공하고 있다","Telephone, fax and e-mail contact are offered.",Met,'
		);
	});

	it('a note starting with - or @ is guarded', () => {
		const e = buildEvaluation({ values: { 'A1-01': 'met' } });
		e.answers['A1-01']!.note = '-2 minutes late';
		expect(lines(answersCsv([{ evaluation: e }], 'ko'))[1]).toContain(",'-2 minutes late,");
	});
});

describe('the CSV says what the screen says', () => {
	const cell = (csv: string, row: number, col: number) => lines(csv)[row]!.split(',')[col];

	it('status, channel, time slot and verdict cells equal the screen labels (ko, en)', () => {
		const ko = evaluationsCsv(items(), 'ko');
		expect(cell(ko, 1, 2)).toBe(evaluationKo.status.final); // 확정, not 최종
		expect(cell(ko, 1, 5)).toBe(evaluationKo.channels.phone);
		expect(cell(ko, 1, 7)).toBe(evaluationKo.timeSlots.morning);
		expect(cell(ko, 1, 15)).toBe(evaluationKo.list.verdicts.fail);
		expect(cell(ko, 1, 15)).toBe(scorecardKo.verdict.verdicts.fail);
		const en = evaluationsCsv(items(), 'en');
		expect(cell(en, 1, 2)).toBe(evaluationEn.status.final);
		expect(cell(en, 1, 15)).toBe(evaluationEn.list.verdicts.fail);
	});

	it('answer cells equal the answer buttons: 부분 and 해당없음, not 부분 충족 and 해당 없음', () => {
		const e = buildEvaluation({
			values: { 'A1-01': 'met', 'A1-02': 'partial', 'A1-03': 'not-met', 'A1-05': 'na' }
		});
		// The answer is the fourth cell from the end (answer, note, answered at, suggestion); the
		// check texts before it may hold quoted commas.
		const answerCol = (csv: string) =>
			lines(csv)
				.slice(1, -1)
				.map((r) => r.split(',').at(-4));
		const values = ['met', 'partial', 'not-met', 'na'] as const;
		for (const [locale, checks] of [
			['ko', checksKo],
			['en', checksEn]
		] as const) {
			const col = answerCol(answersCsv([{ evaluation: e }], locale));
			expect(col).toEqual(values.map((v) => checks.answers[v]));
		}
		expect(answerCol(answersCsv([{ evaluation: e }], 'ko'))).toEqual([
			'충족',
			'부분',
			'미충족',
			'해당없음'
		]);
		expect(scorecardKo.marks.partial).toBe('부분');
	});
});
