import { describe, expect, it } from 'vitest';
import { answer, linkEvidence, setNote } from '../editing/answers';
import { relateHistories } from '../exchange/history';
import type { ProgrammeSnapshot } from './records';
import { Evaluation } from '../record/evaluation';
import type { PullItem } from '../sync/protocol';
import { buildEvaluation, ctxAt, T0 } from '$lib/testing/builders';
import {
	redactEvaluation,
	redactFor,
	redactSnapshot,
	WITHHELD_ACTOR,
	WITHHELD_NAME
} from './redact';

const PHOTO = `sha256-${'a'.repeat(64)}`;

function released(): Evaluation {
	let e = buildEvaluation({
		evaluator: '쇼퍼 김',
		scenario: '요금제 변경 문의',
		scenarioId: 'sc-1',
		assignmentId: 'as-1',
		consultedAt: { date: '2025-09-01', from: '10:00', to: '10:07' },
		overallOpinion: '친절했음',
		revisionReason: '반려: 근거 보완'
	});
	e = answer(e, 'S01-1', 'met', ctxAt(T0 + 1000, 'd-shopper-phone'));
	e = setNote(e, 'S01-1', '인사가 밝았음', ctxAt(T0 + 2000, 'd-shopper-phone'));
	e = linkEvidence(e, 'S01-1', PHOTO, ctxAt(T0 + 3000, 'd-shopper-phone'));
	return e;
}

const item = (e: Evaluation): PullItem => ({
	seq: 1,
	campaignId: e.campaignId,
	evaluation: e,
	complete: true,
	signer: { fingerprint: 'AAAA BBBB', memberId: 'm-shopper', displayName: '쇼퍼 김' }
});

describe('redaction for a center manager', () => {
	it('removes who called, the script and the edit authors; keeps result, notes and 상담 일시', () => {
		const e = released();
		const out = redactEvaluation(['manager'], e);
		expect(out.evaluator).toBe(WITHHELD_NAME);
		expect(out.deviceId).toBe(WITHHELD_ACTOR);
		expect(out.scenario).toBe('');
		expect(out).not.toHaveProperty('scenarioId');
		expect(out).not.toHaveProperty('assignmentId');
		expect(out).not.toHaveProperty('revisionReason');
		expect(out.changeLog.every((c) => c.by === WITHHELD_ACTOR && c.field === 'legacy')).toBe(true);
		expect(JSON.stringify(out)).not.toContain('d-shopper-phone');
		expect(JSON.stringify(out)).not.toContain('요금제');
		expect(out.answers['S01-1']).toMatchObject({ value: 'met', note: '인사가 밝았음' });
		expect(out.answers['S01-1']!.evidenceIds).toEqual([]);
		expect(out.consultedAt).toEqual(e.consultedAt);
		expect(out.overallOpinion).toBe('친절했음');
		// Still a valid record on the phone.
		expect(Evaluation.safeParse(out).success).toBe(true);
	});

	it('redacts a later version so that it still descends from the earlier copy', () => {
		const v1 = released();
		const v2 = answer(v1, 'S01-2', 'not-met', ctxAt(T0 + 9000, 'd-shopper-phone'));
		const r1 = redactEvaluation(['manager'], v1);
		const r2 = redactEvaluation(['manager'], v2);
		expect(relateHistories(r1, r2)).toBe('descends');
		expect(relateHistories(r2, redactEvaluation(['manager'], v2))).toBe('same');
	});

	it('names the programme instead of the signer', () => {
		const out = redactFor(['manager'], item(released()));
		expect(out).not.toHaveProperty('signer');
		expect(out.programme).toBe('verified');
		// A version the server made names the coordinator who decided, not who called.
		const { signer: _signer, ...unsigned } = item(released());
		const madeBy = { memberId: 'm-coord', displayName: '코디네이터' };
		const made = redactFor(['manager'], { ...unsigned, madeBy });
		expect(made.madeBy).toEqual(madeBy);
		expect(made).not.toHaveProperty('programme');
	});

	it('changes nothing for the coordinator or the record’s shopper', () => {
		const e = released();
		expect(redactFor(['coordinator'], item(e))).toEqual(item(e));
		expect(redactEvaluation(['shopper'], e)).toEqual(e);
	});

	it('leaves a reader without any field no notes and no 상담 일시 either', () => {
		const out = redactEvaluation(['no-such-role'], released());
		expect(out).not.toHaveProperty('consultedAt');
		expect(out).not.toHaveProperty('overallOpinion');
		expect(out.answers['S01-1']).not.toHaveProperty('note');
		expect(Evaluation.safeParse(out).success).toBe(true);
	});

	it('keeps a tombstone’s deleted version, without its author', () => {
		const e = released();
		const tomb: Evaluation = {
			...e,
			version: e.version + 1,
			baseVersion: e.version,
			deleted: { at: T0 + 5000, by: 'd-shopper-phone' },
			changeLog: [
				{
					version: e.version + 1,
					at: T0 + 5000,
					by: 'd-shopper-phone',
					field: 'deleted',
					old: e.version,
					new: null
				}
			]
		};
		const out = redactEvaluation(['manager'], tomb);
		expect(out.deleted?.by).toBe(WITHHELD_ACTOR);
		expect(out.changeLog[0]).toMatchObject({
			field: 'deleted',
			old: e.version,
			by: WITHHELD_ACTOR
		});
		expect(relateHistories(redactEvaluation(['manager'], e), out)).toBe('descends');
	});
});

describe('redaction of the programme snapshot', () => {
	const snapshot: ProgrammeSnapshot = {
		campaignId: 'c1',
		fetchedAt: 0,
		disputeDays: 14,
		scenarios: [
			{ id: 's', title: 'T', script: '', channel: 'phone', correctAnswer: '', checkIds: [] }
		],
		plan: null,
		assignments: [],
		reviews: [
			{
				evaluationId: 'e1',
				events: [
					{ action: 'returned', version: 1, at: 1, by: 'm', comments: [{ text: '보완' }] },
					{ action: 'released', version: 2, at: 2, by: 'm', visibleFrom: 2 }
				]
			}
		],
		disputes: []
	};

	it('gives a manager no scenario and no return comment', () => {
		const out = redactSnapshot(['manager'], snapshot);
		expect(out.scenarios).toEqual([]);
		expect(out.reviews[0]!.events.map((e) => e.action)).toEqual(['released']);
		expect(redactSnapshot(['coordinator'], snapshot)).toEqual(snapshot);
	});
});
