import { describe, expect, it } from 'vitest';
import { buildCampaign, buildEvaluation, ctxAt, T0 } from '$lib/testing/builders';
import { smallCatalog } from '$lib/testing/catalog-builder';
import { mulberry32 } from '$lib/testing/prng';
import { Evaluation, type AnswerValue, type Suggestion } from '../record';
import {
	buildPlan,
	effectiveEvaluation,
	effectiveStatus,
	levelAfterKey,
	scoreEvaluation
} from '../scoring';
import {
	addFollowUp,
	addIvrEvent,
	answer,
	currentMenuLevel,
	deleteEvaluation,
	finalize,
	isEditable,
	linkEvidence,
	markNoAgent,
	newEvaluation,
	recordFollowUpResponse,
	reopen,
	replayAnswers,
	rescore,
	setAgent,
	setConsultedAt,
	setNote,
	setText,
	undoIvrEvent,
	undoNoAgent,
	unlinkEvidence
} from '.';

const MIN = 60_000;
const HOUR = 60 * MIN;
const draft = () => buildEvaluation({ status: 'draft' });

/** Every operation adds exactly one entry, numbered as the new version, by the given device. */
function expectOneEntry(before: Evaluation, after: Evaluation, at: number) {
	expect(after.version).toBe(before.version + 1);
	expect(after.baseVersion).toBe(before.version);
	expect(after.changeLog).toHaveLength(before.changeLog.length + 1);
	expect(after.changeLog.slice(0, -1)).toEqual(before.changeLog);
	expect(after.changeLog.at(-1)).toMatchObject({ version: after.version, at, by: 'd-test' });
	expect(after.deviceId).toBe('d-test');
	expect(after.updatedAt).toBe(at);
	expect(Evaluation.safeParse(after).success).toBe(true);
}

describe('newEvaluation', () => {
	it('starts a valid draft at version 1 whose log begins with its creation', () => {
		const e = newEvaluation(
			{
				id: crypto.randomUUID(),
				campaignId: crypto.randomUUID(),
				evaluator: '김',
				channel: 'phone',
				scenario: '',
				timeSlot: 'morning'
			},
			ctxAt()
		);
		expect(e).toMatchObject({ version: 1, baseVersion: 0, status: 'draft', revision: 1 });
		expect(e.changeLog).toEqual([
			expect.objectContaining({ version: 1, field: 'created', by: 'd-test' })
		]);
		expect(Evaluation.safeParse(e).success).toBe(true);
	});
});

describe('answers, notes and evidence', () => {
	const suggestion: Suggestion = {
		checkId: 'B1-07',
		value: 'not-met',
		reason: { en: 'the machine hung up', ko: '기계가 끊음' }
	};

	it('answer logs old and new value, and the suggestion it overrides', () => {
		const e0 = draft();
		const e1 = answer(e0, 'B1-07', 'met', ctxAt(T0 + 1), suggestion);
		expectOneEntry(e0, e1, T0 + 1);
		expect(e1.answers['B1-07']).toMatchObject({
			value: 'met',
			overridesSuggestion: { suggested: 'not-met', reason: 'the machine hung up' }
		});
		expect(e1.changeLog.at(-1)).toMatchObject({
			field: 'answer',
			checkId: 'B1-07',
			old: null,
			new: 'met',
			suggested: 'not-met'
		});
	});

	it('the same answer again changes nothing', () => {
		const e1 = answer(draft(), 'A1-01', 'met', ctxAt(T0 + 1));
		expect(answer(e1, 'A1-01', 'met', ctxAt(T0 + 2))).toBe(e1);
	});

	it('editing a note keeps the override and the time of the answer', () => {
		const e1 = answer(draft(), 'B1-07', 'met', ctxAt(T0 + 1), suggestion);
		const e2 = setNote(e1, 'B1-07', 'line noise', ctxAt(T0 + 5));
		expectOneEntry(e1, e2, T0 + 5);
		expect(e2.answers['B1-07']).toEqual({ ...e1.answers['B1-07'], note: 'line noise' });
		expect(e2.changeLog.at(-1)).toMatchObject({ field: 'note', old: null, new: 'line noise' });
	});

	it('changing the value keeps the note', () => {
		const e1 = setNote(answer(draft(), 'A1-01', 'met', ctxAt()), 'A1-01', 'slow', ctxAt());
		const e2 = answer(e1, 'A1-01', 'partial', ctxAt(T0 + 9));
		expect(e2.answers['A1-01']).toMatchObject({
			value: 'partial',
			note: 'slow',
			answeredAt: T0 + 9
		});
	});

	it('evidence link and unlink are logged and do not move answeredAt', () => {
		const e1 = answer(draft(), 'A1-01', 'met', ctxAt(T0 + 1));
		const e2 = linkEvidence(e1, 'A1-01', 'p1', ctxAt(T0 + 2));
		expectOneEntry(e1, e2, T0 + 2);
		expect(e2.changeLog.at(-1)).toMatchObject({ field: 'evidence', old: [], new: ['p1'] });
		expect(e2.answers['A1-01']?.answeredAt).toBe(T0 + 1);
		const e3 = unlinkEvidence(e2, 'A1-01', 'p1', ctxAt(T0 + 3));
		expectOneEntry(e2, e3, T0 + 3);
		expect(e3.answers['A1-01']).toEqual(e1.answers['A1-01']);
		expect(linkEvidence(e2, 'A1-01', 'p1', ctxAt())).toBe(e2);
	});

	it('no agent reached marks every given check N/A in one step, and undo restores them', () => {
		const e1 = setNote(answer(draft(), 'S01-1', 'met', ctxAt()), 'S01-1', 'kept', ctxAt());
		const e2 = markNoAgent(e1, ['S01-1', 'S01-2', 'S02-1'], ctxAt(T0 + 10));
		expectOneEntry(e1, e2, T0 + 10);
		expect(e2.changeLog.at(-1)).toMatchObject({
			field: 'no-agent',
			old: { 'S01-1': 'met', 'S01-2': null, 'S02-1': null },
			new: 'na'
		});
		expect(e2.answers['S01-1']).toMatchObject({ value: 'na', note: 'kept' });
		expect(e2.answers['S02-1']?.value).toBe('na');
		const e3 = undoNoAgent(e2, ctxAt(T0 + 11));
		expectOneEntry(e2, e3, T0 + 11);
		expect(e3.answers['S01-1']).toMatchObject({ value: 'met', note: 'kept' });
		expect(e3.answers['S01-2']).toBeUndefined();
		expect(undoNoAgent(e3, ctxAt())).toBe(e3);
	});
});

describe('text fields, agent and 상담 일시', () => {
	it('each is one logged write with old and new', () => {
		const e0 = draft();
		const e1 = setText(e0, 'overallOpinion', '친절함', ctxAt(T0 + 1));
		expectOneEntry(e0, e1, T0 + 1);
		const e2 = setAgent(e1, { name: ' 박서준 ', team: '카드팀' }, ctxAt(T0 + 2));
		expectOneEntry(e1, e2, T0 + 2);
		expect(e2.agent).toEqual({ name: '박서준', team: '카드팀' });
		expect(e2.changeLog.at(-1)).toMatchObject({
			field: 'agent',
			old: { name: null, team: null },
			new: { name: '박서준', team: '카드팀' }
		});
		const when = { date: '2025-09-01', from: '10:00', to: '10:07' };
		const e3 = setConsultedAt(e2, when, ctxAt(T0 + 3));
		expectOneEntry(e2, e3, T0 + 3);
		expect(setConsultedAt(e3, { ...when }, ctxAt())).toBe(e3);
		const e4 = setConsultedAt(e3, undefined, ctxAt(T0 + 4));
		expect(e4.consultedAt).toBeUndefined();
		expect(setText(e4, 'overallOpinion', '친절함', ctxAt())).toBe(e4);
	});
});

describe('IVR keys and levels', () => {
	it('goes one level deeper on a digit, back on #, stays on * and 0', () => {
		expect(levelAfterKey(0, '1')).toBe(1);
		expect(levelAfterKey(2, '#')).toBe(1);
		expect(levelAfterKey(0, '#')).toBe(0);
		expect(levelAfterKey(2, '*')).toBe(2);
		expect(levelAfterKey(2, '0')).toBe(2);
	});

	it('records events as one logged write each; undo removes the last', () => {
		let e = draft();
		e = addIvrEvent(e, { id: 'a', type: 'dial' }, ctxAt(T0));
		e = addIvrEvent(e, { id: 'b', type: 'menu', key: '2' }, ctxAt(T0 + 5000));
		expect(e.ivr.startedAt).toBe(T0);
		expect(currentMenuLevel(e.ivr.events)).toBe(1);
		const before = e;
		e = undoIvrEvent(e, ctxAt(T0 + 6000));
		expectOneEntry(before, e, T0 + 6000);
		expect(e.ivr.events.map((x) => x.id)).toEqual(['a']);
		expect(undoIvrEvent(undoIvrEvent(e, ctxAt()), ctxAt()).ivr.events).toEqual([]);
	});

	it('an event id used twice is ignored', () => {
		const e = addIvrEvent(draft(), { id: 'a', type: 'dial' }, ctxAt());
		expect(addIvrEvent(e, { id: 'a', type: 'hold' }, ctxAt())).toBe(e);
	});
});

describe('follow-ups are derived, never written into answers', () => {
	const campaign = buildCampaign();
	const base = buildEvaluation({ status: 'draft' });
	const noted = setNote(
		answer(base, 'A1-06', 'met', ctxAt()),
		'A1-06',
		'ARS에서 예약번호 4821 받음',
		ctxAt()
	);
	const withCallback = addFollowUp(
		{ ...noted, status: 'awaiting-follow-up' },
		{ id: 'cb', kind: 'callback', via: 'web', requestedAt: T0, reservedAt: T0 + 2 * HOUR },
		ctxAt()
	);

	it('while pending, nothing is derived and the status stays awaiting', () => {
		const at = T0 + 2 * HOUR + 15 * MIN;
		expect(effectiveStatus(withCallback, campaign, at)).toBe('awaiting-follow-up');
		expect(effectiveEvaluation(withCallback, campaign, at)).toBe(withCallback);
	});

	it('a missed deadline reads not met and final, and the shopper’s note stays', () => {
		const at = T0 + 2 * HOUR + 15 * MIN + 1;
		const e = effectiveEvaluation(withCallback, campaign, at);
		expect(e.answers['A1-06']).toMatchObject({
			value: 'not-met',
			note: 'ARS에서 예약번호 4821 받음'
		});
		expect(e.status).toBe('final');
		expect(withCallback.answers['A1-06']?.value).toBe('met');
	});

	it('an on-time callback entered late (after the deadline) still reads met', () => {
		// The callback came at 14:10 for a 14:00 slot; the shopper records it at 14:20.
		const late = T0 + 2 * HOUR + 20 * MIN;
		const e1 = recordFollowUpResponse(withCallback, 'cb', T0 + 2 * HOUR + 10 * MIN, ctxAt(late));
		expectOneEntry(withCallback, e1, late);
		const e = effectiveEvaluation(e1, campaign, late);
		expect(e.answers['A1-06']).toMatchObject({ value: 'met', note: 'ARS에서 예약번호 4821 받음' });
		expect(e.status).toBe('final');
	});

	it('on a final evaluation a response is a revision with a reason', () => {
		const final = { ...withCallback, status: 'final' as const };
		expect(() => recordFollowUpResponse(final, 'cb', T0 + HOUR, ctxAt())).toThrow(RangeError);
		const e = recordFollowUpResponse(final, 'cb', T0 + 2 * HOUR, ctxAt(T0 + 3 * HOUR), '늦게 기록');
		expect(e).toMatchObject({ revision: final.revision + 1, revisionReason: '늦게 기록' });
		expect(e.changeLog.at(-1)).toMatchObject({ field: 'follow-up-response', reason: '늦게 기록' });
	});

	it('a deliberate answer against the derived outcome is kept (and was logged)', () => {
		const missed = T0 + 3 * HOUR;
		const suggestion: Suggestion = {
			checkId: 'A1-06',
			value: 'not-met',
			reason: { en: 'missed', ko: '놓침' }
		};
		const e1 = answer(withCallback, 'A1-06', 'na', ctxAt(missed), suggestion);
		expect(e1.changeLog.at(-1)).toMatchObject({ suggested: 'not-met', new: 'na' });
		expect(effectiveEvaluation(e1, campaign, missed).answers['A1-06']?.value).toBe('na');
	});
});

describe('finalize, reopen, rescore, delete', () => {
	const catalog = smallCatalog();
	const campaign = buildCampaign();
	const plan = buildPlan(catalog, campaign.template);
	const complete = () =>
		buildEvaluation({
			status: 'draft',
			values: Object.fromEntries(plan.checkIds.map((id) => [id, 'met' as AnswerValue]))
		});

	it('refuses to finalise while expected checks are unanswered, naming them', () => {
		const e = draft();
		const score = scoreEvaluation(e, plan);
		expect(finalize(e, score, campaign, ctxAt())).toEqual({
			ok: false,
			issues: score.incomplete.map((checkId) => ({ checkId, problem: 'unanswered' }))
		});
	});

	it('finalising logs the status and keeps the template it was scored under', () => {
		const e = complete();
		const done = finalize(e, scoreEvaluation(e, plan), campaign, ctxAt(T0 + 5));
		if (!done.ok) throw new Error('expected ok');
		expectOneEntry(e, done.evaluation, T0 + 5);
		expect(done.evaluation.status).toBe('final');
		expect(done.evaluation.scoredWith).toEqual(campaign.template);
	});

	it('reopening is one logged write with the reason; rescoring is explicit and logged', () => {
		const final = buildEvaluation({ status: 'final', scoredWith: campaign.template });
		const e = reopen(final, 'typo in note', ctxAt(T0 + 1));
		expectOneEntry(final, e, T0 + 1);
		expect(e).toMatchObject({ status: 'draft', revision: 2, revisionReason: 'typo in note' });
		expect(e.scoredWith).toBeUndefined();
		expect(isEditable(e)).toBe(true);
		const raised = { ...campaign.template, version: 2, thresholds: { pass: 85, excellent: 95 } };
		const r = rescore(final, raised, 'new pass line', ctxAt(T0 + 2));
		expectOneEntry(final, r, T0 + 2);
		expect(r.changeLog.at(-1)).toMatchObject({ field: 'rescore', old: 1, new: 2 });
		expect(r.scoredWith?.thresholds.pass).toBe(85);
	});

	it('deleting leaves a valid tombstone without content', () => {
		const e = setAgent(complete(), { name: '박서준', team: '' }, ctxAt());
		const t = deleteEvaluation(e, ctxAt(T0 + 9));
		expect(t).toMatchObject({ version: e.version + 1, deleted: { at: T0 + 9, by: 'd-test' } });
		expect(t.answers).toEqual({});
		expect(JSON.stringify(t)).not.toContain('박서준');
		expect(Evaluation.safeParse(t).success).toBe(true);
		expect(isEditable(t)).toBe(false);
	});

	it('imported evaluations are never editable', () => {
		expect(isEditable(buildEvaluation({ status: 'draft', origin: { importedAt: T0 } }))).toBe(
			false
		);
	});
});

describe('property: any sequence of edits', () => {
	const ids = ['A1-01', 'A1-02', 'S01-1', 'S01-2', 'S02-1', 'B1-07'];
	const values: AnswerValue[] = ['met', 'partial', 'not-met', 'na'];

	it('yields a log that replays the answers exactly, with strictly increasing versions', () => {
		const rng = mulberry32(20251201);
		const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;
		for (let run = 0; run < 200; run++) {
			let e = draft();
			let at = T0;
			const steps = 1 + Math.floor(rng() * 40);
			for (let k = 0; k < steps; k++) {
				at += 1 + Math.floor(rng() * 5000);
				const ctx = ctxAt(at);
				const id = pick(ids);
				const r = rng();
				const before = e;
				if (r < 0.35) {
					const suggestion =
						rng() < 0.3
							? { checkId: id, value: pick(values), reason: { en: 'why', ko: '왜' } }
							: undefined;
					e = answer(e, id, pick(values), ctx, suggestion);
				} else if (r < 0.55) e = setNote(e, id, rng() < 0.2 ? '' : `note ${k}`, ctx);
				else if (r < 0.7) e = linkEvidence(e, id, `p${Math.floor(rng() * 3)}`, ctx);
				else if (r < 0.8) e = unlinkEvidence(e, id, `p${Math.floor(rng() * 3)}`, ctx);
				else if (r < 0.87) e = markNoAgent(e, ['S01-1', 'S01-2', 'S02-1'], ctx);
				else if (r < 0.94) e = undoNoAgent(e, ctx);
				else e = setText(e, 'overallOpinion', `op ${k}`, ctx);
				if (e !== before) expect(e.version).toBeGreaterThan(before.version);
				expect(e.changeLog.map((c) => c.version)).toEqual(e.changeLog.map((_, i) => i + 1));
			}
			expect(replayAnswers(e.changeLog)).toEqual(e.answers);
			expect(Evaluation.safeParse(e).success).toBe(true);
		}
	});
});
