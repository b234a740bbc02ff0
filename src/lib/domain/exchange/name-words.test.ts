import { describe, expect, it } from 'vitest';
import { buildAgentEvaluation as ev, buildCampaign } from '../../testing/builders';
import { anonymiseEvaluations } from './anonymise';
import { buildBundle } from './build';
import { findNameLikeWords, type NameLikeWord } from './name-words';

const texts = (words: NameLikeWord[]) => words.map((w) => w.text).sort();

describe('findNameLikeWords', () => {
	it('the agent’s name with spaces, the given name alone and the surname with a title, each with its count', () => {
		const found = findNameLikeWords([
			ev(1, '김민지', {
				overallOpinion: '김 민지 상담사는 친절했다. 민지 씨가 다시 확인해 줌. 김민 지 표기도 있음.',
				revisionReason: '민지님께 재문의',
				scenario: '카드 분실 — 김 상담사 연결'
			})
		]);
		expect(found).toEqual(
			expect.arrayContaining([
				{ text: '김 민지', count: 1, of: '김민지' },
				{ text: '김민 지', count: 1, of: '김민지' },
				{ text: '민지', count: 2, of: '김민지' },
				{ text: '김 상담사', count: 1, of: '김민지' }
			])
		);
		expect(found).toHaveLength(4);
	});

	it('the name exactly as the agent field holds it is not listed: it is replaced anyway', () => {
		expect(findNameLikeWords([ev(1, '김민지', { overallOpinion: '김민지 상담사 친절' })])).toEqual(
			[]
		);
	});

	it('another person named before a title or honorific is listed without an agent', () => {
		const found = findNameLikeWords([
			ev(1, '김민지', {
				overallOpinion: '박지훈 상담사에게 넘겨짐. 지훈씨도 친절. 최서연 매니저 확인.'
			})
		]);
		expect(found).toEqual([
			{ text: '박지훈', count: 1 },
			{ text: '지훈', count: 1 },
			{ text: '최서연', count: 1 }
		]);
	});

	it('roles, words ending in 씨 or 님 and describing words before 상담사 are no names', () => {
		const found = findNameLikeWords([
			ev(1, undefined, {
				overallOpinion:
					'고객님께 안내. 친절한 상담사였고 다른 상담사로 연결됨. 연결된 상담사 응대, 해당 상담사님 확인. 마음씨 좋은 아저씨. 상담사님 감사.'
			})
		]);
		expect(found).toEqual([]);
	});

	it('searches notes, override reasons, the scenario and the change log, not the agent field', () => {
		const base = ev(1, '이서준', { values: { 'A1-01': 'met' }, scenario: '서준 씨 응대' });
		base.answers['A1-01'] = { ...base.answers['A1-01']!, note: '이 서준 인사' };
		base.changeLog = [
			...base.changeLog,
			{ version: 9, at: 1, by: 'd', field: 'agent', old: null, new: { name: '이 서준' } },
			{ version: 10, at: 2, by: 'd', field: 'overallOpinion', old: null, new: '서준님 최고' }
		];
		expect(texts(findNameLikeWords([base]))).toEqual(['서준', '이 서준']);
		expect(findNameLikeWords([base]).find((w) => w.text === '서준')?.count).toBe(2);
	});
});

describe('anonymising with the confirmed words', () => {
	const evaluations = [
		ev(1, '김민지', {
			overallOpinion: '김 민지 상담사는 친절. 민지 씨가 박지훈 상담사에게 연결.'
		}),
		ev(2, '이서준', { overallOpinion: '서준 씨 응대 양호' })
	];

	it('replaces each confirmed word by the pseudonym of the agent it names, or a new one', () => {
		const found = findNameLikeWords(evaluations);
		const [first, second] = anonymiseEvaluations(evaluations, found);
		expect(first?.overallOpinion).toBe(
			'상담사 A 상담사는 친절. 상담사 A 씨가 상담사 C 상담사에게 연결.'
		);
		expect(second?.overallOpinion).toBe('상담사 B 씨 응대 양호');
	});

	it('leaves the words the person unticked; without any, only the names as written go', () => {
		const found = findNameLikeWords(evaluations).filter((w) => w.text !== '박지훈');
		const [first] = anonymiseEvaluations(evaluations, found);
		expect(first?.overallOpinion).toBe(
			'상담사 A 상담사는 친절. 상담사 A 씨가 박지훈 상담사에게 연결.'
		);
		const [plain] = anonymiseEvaluations(evaluations);
		expect(plain?.overallOpinion).toBe(evaluations[0]!.overallOpinion);
	});

	it('a bundle made with the confirmed words carries none of them', () => {
		const campaign = buildCampaign();
		const bundle = buildBundle({
			campaigns: [campaign],
			evaluations: evaluations.map((e) => ({ ...e, campaignId: campaign.id })),
			now: 1,
			appVersion: '0.1.0',
			anonymise: true,
			nameWords: findNameLikeWords(evaluations)
		});
		const text = JSON.stringify(bundle.evaluations);
		for (const word of ['김민지', '김 민지', '민지', '박지훈', '서준']) {
			expect(text).not.toContain(word);
		}
	});
});
