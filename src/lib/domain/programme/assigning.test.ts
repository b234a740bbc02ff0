import { describe, expect, it } from 'vitest';
import { assignShoppers, assignmentSpread } from './assigning';
import type { PlannedContact } from './sampling';

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
