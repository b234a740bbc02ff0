import { describe, expect, it } from 'vitest';
import { assignShoppers } from './assigning';
import {
	cellId,
	gridCells,
	planProgress,
	scheduleContacts,
	spreadPlan,
	weekdayOf,
	type PlanCell,
	type PlanGrid
} from './sampling';

const grid: PlanGrid = {
	weekdays: ['mon', 'tue', 'wed', 'thu', 'fri'],
	slots: ['morning', 'lunch', 'afternoon'],
	scenarios: ['card-loss', 'address-change'],
	channels: ['phone']
};

function cellsOf(total: number, g = grid, weights?: Map<string, number>): PlanCell[] {
	const r = spreadPlan(total, g, weights);
	if (!r.ok) throw new Error(r.error.kind);
	return r.cells;
}

function marginal(cells: PlanCell[], key: 'weekday' | 'slot' | 'scenario' | 'channel') {
	const m = new Map<string, number>();
	for (const c of cells) m.set(c[key], (m.get(c[key]) ?? 0) + c.planned);
	return [...m.values()];
}

describe('spreading a plan', () => {
	it.each([30, 31, 44, 100, 101, 157])(
		'%i contacts over 30 cells: every cell within one of its share, totals exact, each dimension even within one',
		(total) => {
			const cells = cellsOf(total);
			expect(cells).toHaveLength(30);
			expect(cells.reduce((s, c) => s + c.planned, 0)).toBe(total);
			for (const c of cells) {
				expect(Math.abs(c.planned - c.share)).toBeLessThan(1);
				expect(c.planned === Math.floor(c.share) || c.planned === Math.ceil(c.share)).toBe(true);
			}
			for (const key of ['weekday', 'slot', 'scenario'] as const) {
				const m = marginal(cells, key);
				expect(Math.max(...m) - Math.min(...m)).toBeLessThanOrEqual(1);
			}
		}
	);

	it('follows the weights per cell (0 = no contacts) and still totals exactly', () => {
		const weights = new Map<string, number>();
		for (const k of gridCells(grid)) {
			if (k.slot === 'lunch') weights.set(cellId(k), 2);
			if (k.weekday === 'fri' && k.slot === 'morning') weights.set(cellId(k), 0);
		}
		const cells = cellsOf(100, grid, weights);
		expect(cells.reduce((s, c) => s + c.planned, 0)).toBe(100);
		for (const c of cells) {
			if (c.weekday === 'fri' && c.slot === 'morning') expect(c.planned).toBe(0);
			expect(Math.abs(c.planned - c.share)).toBeLessThan(1);
		}
		const lunch = cells.filter((c) => c.slot === 'lunch').reduce((s, c) => s + c.planned, 0);
		const morning = cells.filter((c) => c.slot === 'morning').reduce((s, c) => s + c.planned, 0);
		expect(lunch).toBeGreaterThan(morning * 2 - 2);
	});

	it('refuses a plan with more cells than contacts, no contacts, or a negative weight', () => {
		expect(spreadPlan(12, grid)).toEqual({
			ok: false,
			error: { kind: 'more-cells-than-contacts', cells: 30, contacts: 12 }
		});
		expect(spreadPlan(0, grid)).toEqual({ ok: false, error: { kind: 'no-contacts' } });
		const bad = new Map([[cellId(gridCells(grid)[0]!), -1]]);
		expect(spreadPlan(40, grid, bad).ok).toBe(false);
		expect(spreadPlan(10, { ...grid, scenarios: [] })).toEqual({
			ok: false,
			error: { kind: 'empty-grid' }
		});
	});
});

describe('progress', () => {
	it('marks cells with fewer done than an even pace by now', () => {
		const cells = cellsOf(12, { ...grid, weekdays: ['mon', 'tue'], scenarios: ['s'] });
		const done = new Map([[cellId(cells[0]!), 2]]);
		const progress = planProgress(cells, done, { start: 0, end: 100 }, 50);
		expect(progress[0]).toMatchObject({ planned: 2, done: 2, expectedByNow: 1, behind: false });
		expect(progress[1]).toMatchObject({ planned: 2, done: 0, expectedByNow: 1, behind: true });
		expect(planProgress(cells, done, { start: 0, end: 100 }, 0).some((c) => c.behind)).toBe(false);
	});
});

describe('dates and assignments', () => {
	const small: PlanGrid = {
		weekdays: ['mon', 'wed', 'fri'],
		slots: ['morning', 'afternoon'],
		scenarios: ['s1', 's2'],
		channels: ['phone']
	};

	it('puts each contact on its weekday inside the period, spread over the weeks', () => {
		const cells = cellsOf(12, small);
		const contacts = scheduleContacts(cells, '2026-03-02', '2026-05-29');
		expect(contacts).toHaveLength(12);
		for (const c of contacts) {
			expect(weekdayOf(c.date)).toBe(c.weekday);
			expect(c.date >= '2026-03-02' && c.date <= '2026-05-29').toBe(true);
		}
		expect(weekdayOf('2026-12-02')).toBe('wed');
	});

	it('respects the cap per shopper and the minimum gap, and says why a contact stays open', () => {
		const cells = cellsOf(24, small);
		const contacts = scheduleContacts(cells, '2026-03-02', '2026-05-29');
		const rules = { capPerShopper: 10, minGapDays: 3 };
		const { assigned, unassigned } = assignShoppers(contacts, ['kim', 'lee'], rules);
		expect(assigned.length + unassigned.length).toBe(24);
		for (const shopper of ['kim', 'lee']) {
			const dates = assigned
				.filter((a) => a.shopper === shopper)
				.map((a) => a.date)
				.sort();
			expect(dates.length).toBeLessThanOrEqual(10);
			for (let i = 1; i < dates.length; i++) {
				const gap = (Date.parse(dates[i]!) - Date.parse(dates[i - 1]!)) / 86_400_000;
				expect(gap).toBeGreaterThanOrEqual(3);
			}
		}
		expect(unassigned.length).toBeGreaterThanOrEqual(4);
		expect(unassigned.every((u) => u.reason === 'cap' || u.reason === 'gap')).toBe(true);
		expect(assignShoppers(contacts.slice(0, 1), [], rules).unassigned[0]!.reason).toBe(
			'no-shoppers'
		);
	});

	it('counts contacts already assigned toward the cap and the gap', () => {
		const contacts = [
			{
				weekday: 'mon' as const,
				slot: 'morning',
				scenario: 's',
				channel: 'phone',
				date: '2026-03-02'
			}
		];
		const existing = new Map([['kim', ['2026-03-03']]]);
		const r = assignShoppers(
			contacts,
			['kim', 'lee'],
			{ capPerShopper: 5, minGapDays: 7 },
			existing
		);
		expect(r.assigned[0]!.shopper).toBe('lee');
	});
});

describe('scheduling dates', () => {
	it('cells of one contact on one weekday get different dates, spread over the period', () => {
		const g: PlanGrid = {
			weekdays: ['mon'],
			slots: ['morning', 'afternoon'],
			scenarios: ['a', 'b'],
			channels: ['phone']
		};
		// Four Mondays: 03-02, 03-09, 03-16, 03-23; four cells of one contact each.
		const contacts = scheduleContacts(cellsOf(4, g), '2026-03-02', '2026-03-29');
		expect(contacts.map((c) => c.date)).toEqual([
			'2026-03-02',
			'2026-03-09',
			'2026-03-16',
			'2026-03-23'
		]);
		expect(new Set(contacts.map((c) => cellId(c))).size).toBe(4);
		// Slots alternate through the period rather than all mornings first.
		expect(contacts.map((c) => c.slot)).toEqual(['morning', 'afternoon', 'morning', 'afternoon']);
	});

	it('skips the dates `usable` refuses (a public holiday): 2026-03-02 대체공휴일 is no Monday of the plan', () => {
		const g: PlanGrid = {
			weekdays: ['mon'],
			slots: ['morning', 'afternoon'],
			scenarios: ['a', 'b'],
			channels: ['phone']
		};
		const holidays = new Set(['2026-03-02']);
		const contacts = scheduleContacts(
			cellsOf(4, g),
			'2026-03-02',
			'2026-03-29',
			(d) => !holidays.has(d)
		);
		expect(contacts).toHaveLength(4);
		expect(contacts.map((c) => c.date)).not.toContain('2026-03-02');
		// Three Mondays left for four contacts: one Monday holds two.
		expect(new Set(contacts.map((c) => c.date))).toEqual(
			new Set(['2026-03-09', '2026-03-16', '2026-03-23'])
		);
		// No usable date for the weekday: its contacts are not scheduled at all.
		expect(scheduleContacts(cellsOf(4, g), '2026-03-02', '2026-03-08', () => false)).toEqual([]);
	});
});
