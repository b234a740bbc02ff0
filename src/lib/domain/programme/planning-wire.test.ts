import { describe, expect, it } from 'vitest';
import type { Evaluation } from '$lib/domain/record';
import { readingOf } from '$lib/domain/reading';
import { buildCampaign, buildEvaluation, T0 } from '$lib/testing/builders';
import { buildPlan } from '$lib/testing/programme';
import { Plan } from './records';
import {
	cellOf,
	doneByCell,
	HandAssignment,
	planErrorCode,
	planErrorMessage,
	seoulDate,
	spreadOf
} from './planning-wire';

const campaignId = '00000000-0000-4000-8000-0000000000ca';

/** A contact as the phone's summary rows and the server's columns hold it: record and reading. */
function contact(e: Evaluation) {
	const r = readingOf(e, buildCampaign({ id: e.campaignId }), T0);
	return {
		campaignId: e.campaignId,
		scenarioId: e.scenarioId,
		channel: e.channel,
		status: r.status,
		weekday: r.weekday,
		timeSlot: r.timeSlot
	};
}

describe('cellOf (a contact’s reading)', () => {
	it('keys by the weekday of the consultation date, slot, scenario and channel', () => {
		// 2026-03-02 is a Monday.
		const e = buildEvaluation({
			scenarioId: 'card-loss',
			timeSlot: 'lunch',
			channel: 'chat',
			consultedAt: { date: '2026-03-02', from: '12:10', to: '12:20' }
		});
		expect(cellOf(contact(e))).toEqual({
			weekday: 'mon',
			slot: 'lunch',
			scenario: 'card-loss',
			channel: 'chat'
		});
	});

	it('a contact started in the morning slot whose 상담 일시 is 23:30 counts in the night cell', () => {
		const e = buildEvaluation({
			scenarioId: 'card-loss',
			timeSlot: 'morning',
			consultedAt: { date: '2026-03-02', from: '23:30', to: '23:40' }
		});
		expect(cellOf(contact(e))).toMatchObject({ weekday: 'mon', slot: 'night' });
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
		expect(cellOf(contact(e))?.weekday).toBe('tue');
	});

	it('an evaluation without a scenario is in no cell', () => {
		expect(cellOf(contact(buildEvaluation({})))).toBeNull();
	});
});

describe('doneByCell', () => {
	it('counts only contacts of the campaign whose reading counts in reports', () => {
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
				buildEvaluation({ ...base, campaignId: '00000000-0000-4000-8000-0000000000cb' })
			].map(contact),
			campaignId
		);
		expect([...done]).toEqual([['wed|morning|s1|phone', 2]]);
	});
});

describe('spreadOf and plan errors', () => {
	const plan = Plan.parse(buildPlan({ scenarioIds: ['a', 'b'] }));

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
