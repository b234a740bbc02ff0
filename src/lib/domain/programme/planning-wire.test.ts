import { describe, expect, it } from 'vitest';
import { buildEvaluation } from '$lib/testing/builders';
import { Plan } from './records';
import {
	cellOfEvaluation,
	doneByCell,
	HandAssignment,
	planErrorCode,
	planErrorMessage,
	seoulDate,
	spreadOf
} from './planning-wire';

const campaignId = '00000000-0000-4000-8000-0000000000ca';

describe('cellOfEvaluation', () => {
	it('keys by the weekday of the consultation date, slot, scenario and channel', () => {
		// 2026-03-02 is a Monday.
		const e = buildEvaluation({
			scenarioId: 'card-loss',
			timeSlot: 'lunch',
			channel: 'chat',
			consultedAt: { date: '2026-03-02', from: '12:10', to: '12:20' }
		});
		expect(cellOfEvaluation(e)).toEqual({
			weekday: 'mon',
			slot: 'lunch',
			scenario: 'card-loss',
			channel: 'chat'
		});
	});

	it('without a consultation date reads the Seoul date it occurred (late UTC evening = next day)', () => {
		// 2026-03-02T16:30Z is Tuesday 01:30 in Seoul.
		const at = Date.parse('2026-03-02T16:30:00Z');
		const e = buildEvaluation({
			scenarioId: 's',
			createdAt: at,
			ivr: { startedAt: at, events: [] }
		});
		expect(seoulDate(at)).toBe('2026-03-03');
		expect(cellOfEvaluation(e)?.weekday).toBe('tue');
	});

	it('an evaluation without a scenario is in no cell', () => {
		expect(cellOfEvaluation(buildEvaluation({}))).toBeNull();
	});
});

describe('doneByCell', () => {
	it('counts only evaluations of the campaign that count in reports', () => {
		const base = {
			campaignId,
			scenarioId: 's1',
			timeSlot: 'morning' as const,
			consultedAt: { date: '2026-03-04', from: '09:00', to: '09:10' }
		};
		const done = doneByCell(
			[
				buildEvaluation({ ...base, status: 'final' }),
				buildEvaluation({ ...base, status: 'awaiting-follow-up' }),
				buildEvaluation({ ...base, status: 'draft' }),
				buildEvaluation({ ...base, status: 'final', deleted: { at: 1, by: 'd' } }),
				buildEvaluation({ ...base, campaignId: '00000000-0000-4000-8000-0000000000cb' })
			],
			campaignId
		);
		expect([...done]).toEqual([['wed|morning|s1|phone', 2]]);
	});
});

describe('spreadOf and plan errors', () => {
	const plan = Plan.parse({
		total: 12,
		from: '2026-03-02',
		to: '2026-03-29',
		weekdays: ['mon', 'wed', 'fri'],
		slots: ['morning', 'afternoon'],
		scenarioIds: ['a', 'b'],
		channels: ['phone']
	});

	it('spreads the plan with its weights', () => {
		const r = spreadOf({ ...plan, weights: { 'mon|morning|a|phone': 0 } });
		if (!r.ok) throw new Error(r.error.kind);
		expect(r.cells.reduce((s, c) => s + c.planned, 0)).toBe(12);
		expect(
			r.cells.find((c) => c.weekday === 'mon' && c.slot === 'morning' && c.scenario === 'a')
				?.planned
		).toBe(0);
	});

	it('more cells than contacts is refused with a clear code and sentence', () => {
		const r = spreadOf({ ...plan, total: 5 });
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(planErrorCode(r.error)).toBe('plan-more-cells-than-contacts');
		expect(planErrorMessage(r.error)).toMatch(/12 cells but only 5 contacts/);
	});

	it('a hand assignment window may not end before it starts', () => {
		const bad = HandAssignment.safeParse({
			shopperId: 'm',
			channel: 'phone',
			timeSlot: 'morning',
			windowFrom: '2026-03-05',
			windowTo: '2026-03-04'
		});
		expect(bad.success).toBe(false);
	});
});
