import { describe, expect, it } from 'vitest';
import { assignShoppers, assignmentSpread } from './assigning';
import { workingDays } from '../calendar/programme-dates';
import { scheduleContacts, spreadPlan, type PlannedContact } from './sampling';
import { splitByWaves, weekdayCounts } from './waves';

const contact = (date: string, slot: string, scenario = 's1'): PlannedContact => ({
	weekday: 'mon',
	slot,
	scenario,
	channel: 'phone',
	date
});

describe('balancing shoppers', () => {
	it('two shoppers, a morning and a night contact each week: both get mornings and nights (slot not confounded with shopper)', () => {
		// Four Mondays, each with a morning and a night contact (sorted as the scheduler sorts).
		const mondays = ['2026-03-09', '2026-03-16', '2026-03-23', '2026-03-30'];
		const contacts = mondays.flatMap((d) => [contact(d, 'morning'), contact(d, 'night')]);
		const { assigned } = assignShoppers(contacts, ['kim', 'lee'], {
			capPerShopper: 10,
			minGapDays: 0
		});
		const spread = assignmentSpread(assigned, ['kim', 'lee']);
		expect(spread.rows.map((r) => [r.shopper, r.total, r.slot])).toEqual([
			['kim', 4, { morning: 2, night: 2 }],
			['lee', 4, { morning: 2, night: 2 }]
		]);
		expect(spread.range).toEqual({ total: 0, slot: 0, weekday: 0, scenario: 0 });
	});

	it('balances scenarios too, counting what each shopper already holds', () => {
		const contacts = [
			contact('2026-03-09', 'morning', 's1'),
			contact('2026-03-16', 'morning', 's2')
		];
		// kim already holds an s1 morning call: the new s1 goes to lee, s2 to kim.
		const existing = new Map([
			['kim', [{ date: '2026-03-02', slot: 'morning', weekday: 'mon' as const, scenario: 's1' }]],
			['lee', [{ date: '2026-03-03', slot: 'lunch', weekday: 'tue' as const, scenario: 's2' }]]
		]);
		const { assigned } = assignShoppers(
			contacts,
			['kim', 'lee'],
			{ capPerShopper: 10, minGapDays: 0 },
			existing
		);
		expect(assigned.map((a) => [a.scenario, a.shopper])).toEqual([
			['s1', 'lee'],
			['s2', 'kim']
		]);
	});
});

describe('a whole wave', () => {
	it('wave 1 of a 24-contact plan (11 contacts, a holiday Monday) to two shoppers: every slot, weekday and scenario within one', () => {
		const spread = spreadPlan(24, {
			weekdays: ['mon', 'wed', 'fri'],
			slots: ['morning', 'afternoon'],
			scenarios: ['s1', 's2'],
			channels: ['phone', 'email']
		});
		if (!spread.ok) throw new Error(spread.error.kind);
		const waves = [
			['2026-03-02', '2026-03-29'],
			['2026-03-30', '2026-04-26']
		].map(([from, to]) => weekdayCounts(workingDays(from!, to!).dates));
		const share = splitByWaves(spread.cells, waves)[0]!;
		const cells = spread.cells.map((c, i) => ({ ...c, planned: share[i]! }));
		const usable = new Set(workingDays('2026-03-02', '2026-03-29').dates);
		const contacts = scheduleContacts(cells, '2026-03-02', '2026-03-29', (d) => usable.has(d));
		expect(contacts).toHaveLength(11);
		const { assigned } = assignShoppers(contacts, ['kim', 'lee'], {
			capPerShopper: 10,
			minGapDays: 0
		});
		const r = assignmentSpread(assigned, ['kim', 'lee']).range;
		expect(r.total).toBe(1);
		expect(r.slot).toBeLessThanOrEqual(1);
		expect(r.weekday).toBeLessThanOrEqual(1);
		expect(r.scenario).toBeLessThanOrEqual(1);
	});
});

describe('the spread report', () => {
	it('counts per shopper and the largest max − min per dimension (a value never given counts 0)', () => {
		const spread = assignmentSpread(
			[
				{ shopper: 'kim', slot: 'night', weekday: 'mon', scenario: 's1' },
				{ shopper: 'kim', slot: 'night', weekday: 'tue', scenario: 's1' },
				{ shopper: 'lee', slot: 'morning', weekday: 'mon', scenario: 's2' }
			],
			['kim', 'lee', 'park']
		);
		expect(spread.rows[0]).toEqual({
			shopper: 'kim',
			total: 2,
			slot: { night: 2 },
			weekday: { mon: 1, tue: 1 },
			scenario: { s1: 2 }
		});
		expect(spread.rows[2]!.total).toBe(0);
		// total 2/1/0; night 2/0/0; mon 1/1/0, tue 1/0/0; s1 2/0/0.
		expect(spread.range).toEqual({ total: 2, slot: 2, weekday: 1, scenario: 2 });
	});
});
