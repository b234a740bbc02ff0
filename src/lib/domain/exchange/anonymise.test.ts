import { describe, expect, it } from 'vitest';
import { buildEvaluation } from '../../testing/builders';
import { testUuid } from '../../testing/prng';
import { agentPseudonym, anonymiseEvaluations, pseudonymLetters } from './anonymise';

const ev = (
	n: number,
	name: string | undefined,
	extra: Parameters<typeof buildEvaluation>[0] = {}
) =>
	buildEvaluation({
		id: testUuid(n),
		agent: name === undefined ? { team: '카드팀' } : { name, team: '카드팀' },
		...extra
	});

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

	it('keeps the team (the center’s unit, not a person) and leaves an evaluation without agent alone', () => {
		const [withTeamOnly, without] = anonymiseEvaluations([
			ev(1, undefined),
			buildEvaluation({ id: testUuid(2) })
		]);
		expect(withTeamOnly?.agent).toEqual({ team: '카드팀', anonymised: true });
		expect(without?.agent).toBeUndefined();
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
			{ at: 1, field: 'agent.name', old: '상담사 B', new: '상담사 A' },
			{ at: 2, checkId: 'A1-01', field: 'value', old: null, new: 'met' }
		]);
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
