import { describe, expect, it } from 'vitest';
import {
	addFollowUp,
	answer,
	newEvaluation,
	recordFollowUpResponse,
	reopen,
	setAgent,
	setNote,
	setText
} from '../editing';
import { Evaluation } from '../record/evaluation';
import { buildAgentEvaluation as ev, buildEvaluation, ctxAt, T0 } from '../../testing/builders';
import { testUuid } from '../../testing/prng';
import { agentPseudonym, anonymiseEvaluations, pseudonymLetters } from './anonymise';

describe('anonymiseEvaluations', () => {
	it('letters after Z continue AA, AB … like spreadsheet columns', () => {
		expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(pseudonymLetters)).toEqual([
			'A',
			'B',
			'Z',
			'AA',
			'AB',
			'AZ',
			'BA',
			'ZZ',
			'AAA'
		]);
		expect(agentPseudonym(26)).toBe('상담사 AA');
	});

	it('consistency: the same name gets the same letter across the bundle, in order of first appearance', () => {
		const out = anonymiseEvaluations([
			ev(1, '김민지'),
			ev(2, '이서준'),
			ev(3, '김민지'),
			ev(4, ' 김민지 '),
			ev(5, '박하늘')
		]);
		expect(out.map((e) => e.agent?.name)).toEqual([
			'상담사 A',
			'상담사 B',
			'상담사 A',
			'상담사 A',
			'상담사 C'
		]);
		expect(out.every((e) => e.agent?.anonymised === true)).toBe(true);
	});

	it('the 27th distinct agent is 상담사 AA', () => {
		const out = anonymiseEvaluations(Array.from({ length: 27 }, (_, i) => ev(i + 1, `Agent ${i}`)));
		expect(out[25]?.agent?.name).toBe('상담사 Z');
		expect(out[26]?.agent?.name).toBe('상담사 AA');
	});

	it('keeps the team (the center’s unit, not a person); a copy without agent is still marked anonymised', () => {
		const [withTeamOnly, without] = anonymiseEvaluations([
			ev(1, undefined),
			buildEvaluation({ id: testUuid(2) })
		]);
		expect(withTeamOnly?.agent).toEqual({ team: '카드팀', anonymised: true });
		expect(without?.agent).toEqual({ anonymised: true });
	});

	it('scrubs names from the change log, notes, opinion and revision reason; longest name first', () => {
		const [out] = anonymiseEvaluations([
			ev(1, '김민지', {
				values: { 'A1-01': 'met' },
				overallOpinion: '김민지 상담사는 친절했고 김민 팀장에게 연결함',
				revisionReason: '김민지 이름 정정',
				changeLog: [
					{ version: 1, at: 1, by: 'd', field: 'created', old: null, new: null },
					{ version: 2, at: 1, by: 'd', field: 'legacy', old: '김민', new: '김민지' },
					{ version: 3, at: 2, by: 'd', checkId: 'A1-01', field: 'answer', old: null, new: 'met' }
				]
			}),
			ev(2, '김민')
		]);
		expect(out?.overallOpinion).toBe('상담사 A 상담사는 친절했고 상담사 B 팀장에게 연결함');
		expect(out?.revisionReason).toBe('상담사 A 이름 정정');
		expect(out?.changeLog).toEqual([
			{ version: 1, at: 1, by: 'd', field: 'created', old: null, new: null },
			{ version: 2, at: 1, by: 'd', field: 'legacy', old: '상담사 B', new: '상담사 A' },
			{ version: 3, at: 2, by: 'd', checkId: 'A1-01', field: 'answer', old: null, new: 'met' }
		]);
	});

	it('a name that is part of a pseudonym is not replaced inside the pseudonym just written', () => {
		const [out] = anonymiseEvaluations([
			ev(1, '김민지', { overallOpinion: '김민지와 상담사' }),
			ev(2, '상담사')
		]);
		expect(out?.overallOpinion).toBe('상담사 A와 상담사 B');
	});

	it('answer notes are scrubbed; answers without notes stay without a note key', () => {
		const base = ev(1, '김민지', { values: { 'A1-01': 'met', 'A1-02': 'na' } });
		base.answers['A1-01'] = { ...base.answers['A1-01']!, note: '김민지: 인사 잘함' };
		const [out] = anonymiseEvaluations([base]);
		expect(out?.answers['A1-01']?.note).toBe('상담사 A: 인사 잘함');
		expect('note' in out!.answers['A1-02']!).toBe(false);
	});

	it('does not modify its input', () => {
		const input = [ev(1, '김민지', { overallOpinion: '김민지' })];
		const before = structuredClone(input);
		anonymiseEvaluations(input);
		expect(input).toEqual(before);
	});

	it('one-letter names are replaced in agent.name but not searched for in free text', () => {
		const [out] = anonymiseEvaluations([ev(1, 'K', { overallOpinion: 'Kind and quick' })]);
		expect(out?.agent?.name).toBe('상담사 A');
		expect(out?.overallOpinion).toBe('Kind and quick');
	});
});

describe('anonymiseEvaluations: names the record no longer shows', () => {
	/** A record made through the operations: a name typed, corrected, and repeated in free text. */
	function typedThenCorrected(): Evaluation {
		const at = (s: number) => ctxAt(T0 + s * 1000);
		let e = newEvaluation(
			{
				id: testUuid(7),
				campaignId: testUuid(1, 0xca),
				evaluator: 'Kim',
				channel: 'phone',
				scenario: '박서준 상담사 지명 후 카드 분실 문의',
				timeSlot: 'morning'
			},
			at(0)
		);
		e = setAgent(e, { name: '박서준', team: '카드팀' }, at(1));
		e = setAgent(e, { name: '박서윤', team: '카드팀' }, at(2));
		e = answer(e, 'A1-01', 'met', at(3));
		e = setNote(e, 'A1-01', '박서준(→박서윤) 인사 명확', at(4));
		e = setText(e, 'overallOpinion', '박서윤 상담사 친절, 처음엔 박서준으로 잘못 적음', at(5));
		e = addFollowUp(e, { id: 'f1', kind: 'email', sentAt: T0 }, at(6));
		e = { ...e, status: 'final' };
		e = recordFollowUpResponse(e, 'f1', T0 + 7000, at(7), '박서윤 답장 늦게 확인');
		e = reopen(e, '박서준 이름 흔적 정리', at(8));
		return e;
	}

	it('a name typed then corrected leaves no trace of either name anywhere in the JSON', () => {
		const original = typedThenCorrected();
		expect(original.changeLog.filter((c) => c.field === 'agent')).toHaveLength(2);
		expect(JSON.stringify(original)).toContain('박서준');

		const [out] = anonymiseEvaluations([original]);
		const json = JSON.stringify(out);
		expect(json.includes('박서준')).toBe(false);
		expect(json.includes('박서윤')).toBe(false);
		expect(out?.agent).toEqual({ name: '상담사 A', team: '카드팀', anonymised: true });
		// The corrected (earlier) name gets its own pseudonym after the current names.
		const agentEntries = out!.changeLog.filter((c) => c.field === 'agent');
		expect(agentEntries.map((c) => [c.old, c.new])).toEqual([
			[
				{ name: null, team: null },
				{ name: '상담사 B', team: '카드팀' }
			],
			[
				{ name: '상담사 B', team: '카드팀' },
				{ name: '상담사 A', team: '카드팀' }
			]
		]);
		expect(out?.scenario).toBe('상담사 B 상담사 지명 후 카드 분실 문의');
		expect(out?.answers['A1-01']?.note).toBe('상담사 B(→상담사 A) 인사 명확');
		expect(out?.overallOpinion).toBe('상담사 A 상담사 친절, 처음엔 상담사 B으로 잘못 적음');
		expect(out?.revisionReason).toBe('상담사 B 이름 흔적 정리');
		const late = out!.changeLog.find((c) => c.field === 'follow-up-response');
		expect(late?.reason).toBe('상담사 A 답장 늦게 확인');
		// Still a valid record with the same version and history length.
		expect(Evaluation.safeParse(out).success).toBe(true);
		expect(out?.version).toBe(original.version);
	});

	it('a name cleared from the record is still scrubbed from the log and texts', () => {
		let e = setAgent(buildEvaluation({ id: testUuid(8) }), { name: '최유나', team: '' }, ctxAt());
		e = setText(e, 'overallOpinion', '최유나 상담사', ctxAt());
		e = setAgent(e, { name: '', team: '' }, ctxAt());
		const [out] = anonymiseEvaluations([e]);
		expect(JSON.stringify(out).includes('최유나')).toBe(false);
		expect(out?.agent).toEqual({ anonymised: true });
	});

	it('a one-letter name is replaced in the agent log entries, where it is known to be a name', () => {
		let e = setAgent(buildEvaluation({ id: testUuid(9) }), { name: 'J', team: '' }, ctxAt());
		e = setAgent(e, { name: 'K', team: '' }, ctxAt());
		const [out] = anonymiseEvaluations([e]);
		const entries = out!.changeLog.filter((c) => c.field === 'agent');
		expect(entries.map((c) => [c.old, c.new])).toEqual([
			[
				{ name: null, team: null },
				{ name: '상담사 B', team: null }
			],
			[
				{ name: '상담사 B', team: null },
				{ name: '상담사 A', team: null }
			]
		]);
	});

	it('names inside the created entry and answer override reasons are scrubbed', () => {
		let e = buildEvaluation({ id: testUuid(10), agent: { name: '정하늘' } });
		e = {
			...e,
			changeLog: [
				{ ...e.changeLog[0]!, new: { channel: 'phone', evaluator: '정하늘 지인' } },
				...e.changeLog.slice(1)
			]
		};
		e = answer(e, 'A1-02', 'met', ctxAt());
		e.answers['A1-02'] = {
			...e.answers['A1-02']!,
			overridesSuggestion: { suggested: 'not-met', reason: '정하늘 본인 확인' }
		};
		const [out] = anonymiseEvaluations([e]);
		expect(JSON.stringify(out).includes('정하늘')).toBe(false);
		expect(out?.changeLog[0]?.new).toEqual({ channel: 'phone', evaluator: '상담사 A 지인' });
	});
});
