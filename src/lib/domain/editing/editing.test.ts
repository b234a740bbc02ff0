import { describe, expect, it } from 'vitest';
import { buildCampaign, buildEvaluation, T0 } from '$lib/testing/builders';
import { smallCatalog } from '$lib/testing/catalog-builder';
import { buildPlan, scoreEvaluation } from '../scoring';
import { addFollowUp, applyFollowUpOutcomes, setFollowUpResponse } from './follow-ups';
import { addIvrEvent, currentMenuLevel, levelAfterKey, undoIvrEvent } from './ivr';
import { finalize, isEditable, reopen } from './lifecycle';

const MIN = 60_000;
const HOUR = 60 * MIN;

describe('IVR keys and levels', () => {
	it('goes one level deeper on a digit, back on #, stays on * and 0', () => {
		expect(levelAfterKey(0, '1')).toBe(1);
		expect(levelAfterKey(2, '#')).toBe(1);
		expect(levelAfterKey(0, '#')).toBe(0);
		expect(levelAfterKey(2, '*')).toBe(2);
		expect(levelAfterKey(2, '0')).toBe(2);
	});

	it('records menu events with their level and starts the run at the first event', () => {
		let e = buildEvaluation({ status: 'draft' });
		e = addIvrEvent(e, { id: 'a', type: 'dial' }, T0);
		e = addIvrEvent(e, { id: 'b', type: 'menu', key: '2' }, T0 + 5000);
		e = addIvrEvent(e, { id: 'c', type: 'menu', key: '3' }, T0 + 9000);
		e = addIvrEvent(e, { id: 'd', type: 'menu', key: '#' }, T0 + 12000);
		expect(e.ivr.startedAt).toBe(T0);
		expect(e.ivr.events.map((x) => x.level)).toEqual([undefined, 1, 2, 1]);
		expect(currentMenuLevel(e.ivr.events)).toBe(1);
		expect(e.changeLog.at(-1)).toMatchObject({ field: 'ivr', new: 'menu #' });
	});

	it('undo removes only the last event and logs it; the start time stays', () => {
		let e = buildEvaluation({ status: 'draft' });
		e = addIvrEvent(e, { id: 'a', type: 'dial' }, T0);
		e = addIvrEvent(e, { id: 'b', type: 'hold' }, T0 + 1000);
		e = undoIvrEvent(e, T0 + 2000);
		expect(e.ivr.events.map((x) => x.id)).toEqual(['a']);
		expect(e.ivr.startedAt).toBe(T0);
		expect(e.changeLog.at(-1)).toMatchObject({ old: 'hold', new: null });
	});

	it('undo on an empty timeline changes nothing', () => {
		const e = buildEvaluation({ status: 'draft' });
		expect(undoIvrEvent(e, T0)).toBe(e);
	});
});

describe('follow-up outcomes', () => {
	const campaign = buildCampaign();
	const requested = buildEvaluation({ status: 'awaiting-follow-up' });
	const withCallback = addFollowUp(
		requested,
		{ id: 'cb', kind: 'callback', via: 'web', requestedAt: T0, reservedAt: T0 + 2 * HOUR },
		T0
	);

	it('leaves a pending callback alone until its deadline (reserved + 15 min)', () => {
		const e = applyFollowUpOutcomes(withCallback, campaign, T0 + 2 * HOUR + 15 * MIN);
		expect(e).toBe(withCallback);
	});

	it('turns a missed deadline into not met and finalises the evaluation', () => {
		const e = applyFollowUpOutcomes(withCallback, campaign, T0 + 2 * HOUR + 15 * MIN + 1);
		expect(e.answers['A1-06']?.value).toBe('not-met');
		expect(e.status).toBe('final');
	});

	it('a callback within the slot tolerance makes A1-06 met', () => {
		const answered = setFollowUpResponse(withCallback, 'cb', T0 + 2 * HOUR - 10 * MIN, T0 + HOUR);
		const e = applyFollowUpOutcomes(answered, campaign, T0 + 2 * HOUR);
		expect(e.answers['A1-06']?.value).toBe('met');
		expect(e.status).toBe('final');
	});
});

describe('finalize and reopen', () => {
	const catalog = smallCatalog();
	const campaign = buildCampaign();
	const plan = buildPlan(catalog, campaign.template);

	it('refuses to finalise while expected checks are unanswered, naming them', () => {
		const e = buildEvaluation({ status: 'draft' });
		const score = scoreEvaluation(e, plan);
		expect(score.incomplete.length).toBeGreaterThan(0);
		const result = finalize(e, score, campaign, T0);
		expect(result).toEqual({
			ok: false,
			issues: score.incomplete.map((checkId) => ({ checkId, problem: 'unanswered' }))
		});
	});

	it('locks a complete draft as final, or awaiting follow-up while one is pending', () => {
		const values = Object.fromEntries(plan.checkIds.map((id) => [id, 'met' as const]));
		const complete = buildEvaluation({ status: 'draft', values });
		const done = finalize(complete, scoreEvaluation(complete, plan), campaign, T0);
		expect(done.ok && done.evaluation.status).toBe('final');
		const pending = addFollowUp(
			complete,
			{ id: 'm', kind: 'callback', via: 'ivr', requestedAt: T0 },
			T0
		);
		const waiting = finalize(pending, scoreEvaluation(pending, plan), campaign, T0 + 1);
		expect(waiting.ok && waiting.evaluation.status).toBe('awaiting-follow-up');
	});

	it('a check a pending follow-up will answer does not block finalising', () => {
		const values = Object.fromEntries(
			plan.checkIds.filter((id) => id !== 'A1-06').map((id) => [id, 'met' as const])
		);
		const e = addFollowUp(
			buildEvaluation({ status: 'draft', values }),
			{ id: 'cb', kind: 'callback', via: 'ivr', requestedAt: T0 },
			T0
		);
		const score = scoreEvaluation(e, plan);
		const result = finalize(e, score, campaign, T0 + 1);
		expect(score.incomplete).toContain('A1-06');
		expect(result.ok && result.evaluation.status).toBe('awaiting-follow-up');
		// once the callback deadline has passed, the unanswered check blocks again
		const late = finalize(e, score, campaign, T0 + 25 * HOUR);
		expect(late).toEqual({ ok: false, issues: [{ checkId: 'A1-06', problem: 'unanswered' }] });
	});

	it('reopening a final evaluation makes a new revision with the reason, and logs it', () => {
		const e = reopen(buildEvaluation({ status: 'final', revision: 1 }), 'typo in note', T0);
		expect(e).toMatchObject({ status: 'draft', revision: 2, revisionReason: 'typo in note' });
		expect(e.changeLog.map((c) => c.field)).toEqual(['revision', 'status']);
		expect(isEditable(e)).toBe(true);
	});

	it('imported evaluations are never editable', () => {
		const e = buildEvaluation({ status: 'draft', origin: { importedAt: T0 } });
		expect(isEditable(e)).toBe(false);
	});
});
