import { describe, expect, it } from 'vitest';
import { workingDays } from '../calendar/programme-dates';
import { spreadPlan, type PlanCell, type PlanGrid } from './sampling';
import { splitByWaves, weekdayCounts } from './waves';

const grid: PlanGrid = {
	weekdays: ['mon', 'wed', 'fri'],
	slots: ['morning', 'afternoon'],
	scenarios: ['s1', 's2'],
	channels: ['phone']
};

function cellsOf(total: number): PlanCell[] {
	const r = spreadPlan(total, grid);
	if (!r.ok) throw new Error(r.error.kind);
	return r.cells;
}

const days = (from: string, to: string) => weekdayCounts(workingDays(from, to).dates);

describe('splitting a plan over its waves', () => {
	it('12 contacts, two waves of four weeks each: 6 per wave, every slot and scenario in both', () => {
		const cells = cellsOf(12);
		const split = splitByWaves(cells, [
			days('2026-04-06', '2026-05-03'),
			days('2026-06-08', '2026-07-05')
		]);
		expect(split.map((w) => w.reduce((s, n) => s + n, 0))).toEqual([6, 6]);
		// Each cell once, in one of the waves.
		cells.forEach((_, i) => expect(split[0]![i]! + split[1]![i]!).toBe(1));
		for (const wave of split) {
			const inWave = cells.filter((_, i) => wave[i]! > 0);
			for (const slot of grid.slots) expect(inWave.filter((c) => c.slot === slot)).toHaveLength(3);
			for (const s of grid.scenarios)
				expect(inWave.filter((c) => c.scenario === s)).toHaveLength(3);
			for (const d of grid.weekdays) expect(inWave.filter((c) => c.weekday === d)).toHaveLength(2);
		}
	});

	it('in proportion to working days: 24 contacts, a 4-week wave and a 2-week wave → 16 and 8', () => {
		const cells = cellsOf(24);
		const split = splitByWaves(cells, [
			days('2026-04-06', '2026-05-03'),
			days('2026-06-08', '2026-06-21')
		]);
		expect(split.map((w) => w.reduce((s, n) => s + n, 0))).toEqual([16, 8]);
	});

	it('a weekday that no wave holds gets no contact; a holiday Monday counts as no Monday', () => {
		const cells = cellsOf(12);
		// 2026-03-02 (대체공휴일) is the only Monday of wave 1's week: wave 1 has Wed and Fri only.
		const split = splitByWaves(cells, [
			days('2026-03-02', '2026-03-08'),
			days('2026-03-09', '2026-03-15')
		]);
		cells.forEach((c, i) => {
			if (c.weekday === 'mon') expect([split[0]![i], split[1]![i]]).toEqual([0, 1]);
		});
		expect(split.flat().reduce((s, n) => s + n, 0)).toBe(12);
		expect(splitByWaves(cells, [new Map()])[0]!.every((n) => n === 0)).toBe(true);
	});
});
