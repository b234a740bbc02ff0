/**
 * The sampling plan of a programme: a number of contacts for a period spread over a grid of
 * weekday × time slot × scenario × channel, evenly by default and editable per cell (a weight,
 * 0 = never). Every cell gets its share rounded down or up (largest remainder), and the
 * contacts left over after rounding go where they keep each weekday, slot, scenario and
 * channel most even. Then the cells' contacts get dates in the period, and shoppers are
 * assigned within a cap per center and a minimum gap between one shopper's calls to one
 * center (a familiar voice biases the agent; assigning.ts). Rules: docs/scoring.md.
 */
import { datesBetween } from '../calendar/programme-dates';
import { weekdayOf, weekdays, type Weekday } from '../record/seoul-time';

export { weekdayOf, weekdays, type Weekday };

export interface PlanGrid {
	weekdays: readonly Weekday[];
	slots: readonly string[];
	scenarios: readonly string[];
	channels: readonly string[];
}

export interface CellKey {
	weekday: Weekday;
	slot: string;
	scenario: string;
	channel: string;
}

export interface PlanCell extends CellKey {
	/** The weight the coordinator gave the cell (1 by default, 0 = no contacts). */
	weight: number;
	/** The exact share total × weight / Σ weights. */
	share: number;
	planned: number;
}

export type PlanError =
	| { kind: 'empty-grid' }
	| { kind: 'no-contacts' }
	| { kind: 'more-cells-than-contacts'; cells: number; contacts: number }
	| { kind: 'bad-weight'; cell: string };

export type PlanResult = { ok: true; cells: PlanCell[] } | { ok: false; error: PlanError };

export const cellId = (c: CellKey) => `${c.weekday}|${c.slot}|${c.scenario}|${c.channel}`;

/** Every cell of the grid, in grid order. */
export function gridCells(grid: PlanGrid): CellKey[] {
	const cells: CellKey[] = [];
	for (const weekday of grid.weekdays)
		for (const slot of grid.slots)
			for (const scenario of grid.scenarios)
				for (const channel of grid.channels) cells.push({ weekday, slot, scenario, channel });
	return cells;
}

/**
 * Spreads `total` contacts over the grid. `weights` by cellId (missing = 1). A plan with more
 * cells (of positive weight) than contacts is refused: some cells could never be sampled.
 */
export function spreadPlan(
	total: number,
	grid: PlanGrid,
	weights: ReadonlyMap<string, number> = new Map()
): PlanResult {
	const keys = gridCells(grid);
	if (keys.length === 0) return { ok: false, error: { kind: 'empty-grid' } };
	if (!Number.isInteger(total) || total <= 0) return { ok: false, error: { kind: 'no-contacts' } };
	for (const [cell, w] of weights) {
		if (!Number.isFinite(w) || w < 0) return { ok: false, error: { kind: 'bad-weight', cell } };
	}
	const weightOf = (k: CellKey) => weights.get(cellId(k)) ?? 1;
	const live = keys.filter((k) => weightOf(k) > 0).length;
	if (live === 0) return { ok: false, error: { kind: 'empty-grid' } };
	if (live > total) {
		return { ok: false, error: { kind: 'more-cells-than-contacts', cells: live, contacts: total } };
	}
	const sum = keys.reduce((s, k) => s + weightOf(k), 0);
	const cells: PlanCell[] = keys.map((k) => {
		const weight = weightOf(k);
		const share = (total * weight) / sum;
		return { ...k, weight, share, planned: Math.floor(share + 1e-9) };
	});
	let left = total - cells.reduce((s, c) => s + c.planned, 0);

	// Running totals per dimension value, to send each leftover contact where it evens them.
	const marginal = new Map<string, number>();
	const dims = (c: CellKey) => [
		`w:${c.weekday}`,
		`s:${c.slot}`,
		`c:${c.scenario}`,
		`h:${c.channel}`
	];
	for (const c of cells)
		for (const d of dims(c)) marginal.set(d, (marginal.get(d) ?? 0) + c.planned);

	const candidates = cells
		.map((c, i) => ({ c, i, remainder: c.share - c.planned }))
		.filter((x) => x.remainder > 1e-9);
	while (left > 0 && candidates.length > 0) {
		let best = 0;
		for (let j = 1; j < candidates.length; j++) {
			const a = candidates[j]!;
			const b = candidates[best]!;
			if (a.remainder > b.remainder + 1e-9) best = j;
			else if (Math.abs(a.remainder - b.remainder) <= 1e-9) {
				const load = (x: typeof a) => dims(x.c).reduce((s, d) => s + (marginal.get(d) ?? 0), 0);
				const la = load(a);
				const lb = load(b);
				if (la < lb || (la === lb && a.i < b.i)) best = j;
			}
		}
		const chosen = candidates.splice(best, 1)[0]!;
		chosen.c.planned++;
		for (const d of dims(chosen.c)) marginal.set(d, (marginal.get(d) ?? 0) + 1);
		left--;
	}
	return { ok: true, cells };
}

export interface CellProgress extends PlanCell {
	done: number;
	/** Contacts that should be done by now at an even pace over the period. */
	expectedByNow: number;
	behind: boolean;
}

/**
 * Progress per cell: `done` counts contacts made in the cell; a cell is behind when fewer
 * are done than an even pace over the period would have by `now` (rounded down).
 */
export function planProgress(
	cells: readonly PlanCell[],
	doneByCell: ReadonlyMap<string, number>,
	period: { start: number; end: number },
	now: number
): CellProgress[] {
	const span = Math.max(1, period.end - period.start);
	const elapsed = Math.min(1, Math.max(0, (now - period.start) / span));
	return cells.map((c) => {
		const done = doneByCell.get(cellId(c)) ?? 0;
		const expectedByNow = Math.floor(c.planned * elapsed + 1e-9);
		return { ...c, done, expectedByNow, behind: done < expectedByNow };
	});
}

export interface PlannedContact extends CellKey {
	/** The calendar date (YYYY-MM-DD) the contact is planned for. */
	date: string;
}

/**
 * Dates for every planned contact: the contacts of all cells on one weekday are interleaved
 * (each cell's k-th contact at its fraction (k + ½) / planned) and spaced evenly over the
 * occurrences of that weekday in the period (from, to inclusive, YYYY-MM-DD) that `usable`
 * allows (the scheduler passes working days: no public holiday, no year without a holiday
 * list), so cells of one contact each do not all fall on the same date. More contacts than
 * occurrences share dates; a weekday with no usable date leaves its contacts unscheduled.
 */
export function scheduleContacts(
	cells: readonly PlanCell[],
	from: string,
	to: string,
	usable: (date: string) => boolean = () => true
): PlannedContact[] {
	const byWeekday = new Map<Weekday, string[]>();
	for (const date of datesBetween(from, to)) {
		if (!usable(date)) continue;
		const list = byWeekday.get(weekdayOf(date)) ?? [];
		list.push(date);
		byWeekday.set(weekdayOf(date), list);
	}
	const out: PlannedContact[] = [];
	for (const weekday of weekdays) {
		const dates = byWeekday.get(weekday) ?? [];
		if (dates.length === 0) continue;
		const items: { cell: PlanCell; order: number; at: number }[] = [];
		// Ties go in bit-reversed cell order, so slots and scenarios alternate through the period.
		cells
			.filter((cell) => cell.weekday === weekday)
			.forEach((cell, i) => {
				const order = bitReversed(i);
				for (let k = 0; k < cell.planned; k++) {
					items.push({ cell, order, at: (k + 0.5) / cell.planned });
				}
			});
		items.sort((a, b) => a.at - b.at || a.order - b.order);
		items.forEach(({ cell }, i) => {
			const at = Math.floor(((i + 0.5) * dates.length) / items.length);
			out.push({
				weekday,
				slot: cell.slot,
				scenario: cell.scenario,
				channel: cell.channel,
				date: dates[Math.min(dates.length - 1, at)]!
			});
		});
	}
	return out.sort((a, b) => a.date.localeCompare(b.date) || cellId(a).localeCompare(cellId(b)));
}

/** The van der Corput fraction of i (its bits mirrored after the point): 0, ½, ¼, ¾, ⅛… */
function bitReversed(i: number): number {
	let out = 0;
	for (let f = 0.5; i > 0; i >>= 1, f /= 2) if (i & 1) out += f;
	return out;
}
