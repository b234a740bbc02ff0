/**
 * A plan's contacts split over its waves (차수): each cell's contacts go to the waves in
 * proportion to the working days of the cell's weekday each wave holds, every wave gets its
 * share of the total rounded by largest remainder, and a contact left over by rounding goes
 * where its slot, weekday, scenario and channel are fewest for the wave's size — so a wave is a small
 * copy of the whole plan, not one scenario's or one slot's. Rules: docs/scoring.md.
 */
import { weekdayOf, type Weekday } from '../record/seoul-time';
import type { PlanCell } from './sampling';

/** How many of `dates` (YYYY-MM-DD) fall on each weekday. */
export function weekdayCounts(dates: readonly string[]): Map<Weekday, number> {
	const out = new Map<Weekday, number>();
	for (const d of dates) out.set(weekdayOf(d), (out.get(weekdayOf(d)) ?? 0) + 1);
	return out;
}

const EPS = 1e-9;

/**
 * The contacts of each cell in each wave, `[wave][cell]`, given each wave's working days by
 * weekday. A cell whose weekday no wave holds gets none in any wave (it cannot be scheduled).
 * Each cell's count in a wave is its share there rounded down or up; each wave's total is its
 * exact share rounded by largest remainder, and the waves' totals add up to the cells'.
 */
export function splitByWaves(
	cells: readonly PlanCell[],
	daysByWave: readonly ReadonlyMap<Weekday, number>[]
): number[][] {
	const waves = daysByWave.length;
	const share = cells.map((c) => {
		const days = daysByWave.map((m) => m.get(c.weekday) ?? 0);
		const sum = days.reduce((s, d) => s + d, 0);
		return days.map((d) => (sum === 0 ? 0 : (c.planned * d) / sum));
	});
	const out = Array.from({ length: waves }, (_, j) =>
		cells.map((_, i) => Math.floor(share[i]![j]! + EPS))
	);
	// Each wave's total: its exact share, rounded by largest remainder.
	const exact = daysByWave.map((_, j) => share.reduce((s, row) => s + row[j]!, 0));
	const quota = exact.map((x) => Math.floor(x + EPS));
	const target = Math.round(exact.reduce((s, x) => s + x, 0));
	const order = exact
		.map((x, j) => ({ j, r: x - quota[j]! }))
		.sort((a, b) => b.r - a.r || a.j - b.j);
	for (let k = 0, left = target - quota.reduce((s, q) => s + q, 0); left > 0; k++, left--) {
		quota[order[k % waves]!.j]!++;
	}
	const filled = out.map((row) => row.reduce((s, n) => s + n, 0));
	const load = (j: number, c: PlanCell) =>
		cells.reduce(
			(s, o, i) =>
				s +
				out[j]![i]! *
					(Number(o.weekday === c.weekday) +
						Number(o.slot === c.slot) +
						Number(o.scenario === c.scenario) +
						Number(o.channel === c.channel)),
			0
		);
	cells.forEach((c, i) => {
		let left =
			Math.round(share[i]!.reduce((s, x) => s + x, 0)) - out.reduce((s, r) => s + r[i]!, 0);
		const bumped = new Set<number>();
		while (left > 0) {
			const open = [...Array(waves).keys()].filter(
				(j) => !bumped.has(j) && share[i]![j]! - out[j]![i]! > EPS
			);
			if (open.length === 0) break;
			const short = open.filter((j) => quota[j]! > filled[j]!);
			const pool = short.length > 0 ? short : open;
			const rem = (j: number) => share[i]![j]! - out[j]![i]!;
			// Where the cell's slot, weekday, scenario and channel are fewest for the wave's size;
			// then the larger remainder, then the earlier wave.
			const crowd = (j: number) => load(j, c) / Math.max(1, quota[j]!);
			pool.sort((a, b) => crowd(a) - crowd(b) || rem(b) - rem(a) || a - b);
			const j = pool[0]!;
			out[j]![i]!++;
			filled[j]!++;
			bumped.add(j);
			left--;
		}
	});
	return out;
}
