/**
 * Giving a center's planned contacts to shoppers: within a cap per shopper and a minimum gap
 * between one shopper's contacts with the center (a familiar voice biases the agent), and even
 * across shoppers in count first and then in time slot, weekday and scenario, so that no
 * shopper gets every night call and another every morning one (a shopper's manner would then
 * read as the slot's). `assignmentSpread` reports how even it came out. Rules: docs/scoring.md.
 */
import type { PlannedContact } from './sampling';

export interface AssignmentRules {
	/** At most this many contacts per shopper per center in the period. */
	capPerShopper: number;
	/** At least this many days between one shopper's contacts with one center. */
	minGapDays: number;
}

export interface Assigned extends PlannedContact {
	shopper: string;
}

export interface Unassigned extends PlannedContact {
	reason: 'cap' | 'gap' | 'no-shoppers';
}

/** A contact a shopper already holds: its date, and its slot, weekday and scenario when known. */
export type Held = Pick<PlannedContact, 'date'> &
	Partial<Pick<PlannedContact, 'slot' | 'weekday' | 'scenario'>>;

const DAY = 86_400_000;
const BALANCED = ['slot', 'weekday', 'scenario'] as const;

/**
 * Assigns planned contacts of one center to shoppers, date by date: each goes to a shopper
 * under the cap whose other contacts with this center are at least `minGapDays` away
 * (`existing` = what each already holds); among them the one with the fewest contacts, then the
 * fewest of this contact's slot, weekday and scenario together, then the first listed. A
 * contact nobody may take is returned unassigned with the rule that stopped it.
 */
export function assignShoppers(
	contacts: readonly PlannedContact[],
	shoppers: readonly string[],
	rules: AssignmentRules,
	existing: ReadonlyMap<string, readonly (string | Held)[]> = new Map()
): { assigned: Assigned[]; unassigned: Unassigned[] } {
	const held = new Map(
		shoppers.map((s) => [
			s,
			(existing.get(s) ?? []).map((h): Held => (typeof h === 'string' ? { date: h } : h))
		])
	);
	const assigned: Assigned[] = [];
	const unassigned: Unassigned[] = [];
	const gapOk = (taken: readonly Held[], date: string) =>
		taken.every(
			(h) =>
				Math.abs(Date.parse(`${h.date}T00:00:00Z`) - Date.parse(`${date}T00:00:00Z`)) / DAY >=
				rules.minGapDays
		);
	const alike = (taken: readonly Held[], c: PlannedContact) =>
		BALANCED.reduce((n, key) => n + taken.filter((h) => h[key] === c[key]).length, 0);
	for (const contact of contacts) {
		if (shoppers.length === 0) {
			unassigned.push({ ...contact, reason: 'no-shoppers' });
			continue;
		}
		const underCap = shoppers.filter((s) => held.get(s)!.length < rules.capPerShopper);
		const eligible = underCap.filter((s) => gapOk(held.get(s)!, contact.date));
		if (eligible.length === 0) {
			unassigned.push({ ...contact, reason: underCap.length === 0 ? 'cap' : 'gap' });
			continue;
		}
		const key = (s: string) => [held.get(s)!.length, alike(held.get(s)!, contact)] as const;
		eligible.sort((a, b) => {
			const [ka, kb] = [key(a), key(b)];
			return ka[0] - kb[0] || ka[1] - kb[1] || shoppers.indexOf(a) - shoppers.indexOf(b);
		});
		const shopper = eligible[0]!;
		held.get(shopper)!.push(contact);
		assigned.push({ ...contact, shopper });
	}
	evenBySwaps(assigned, held, gapOk);
	return { assigned, unassigned };
}

/**
 * Date by date, the greedy choice cannot see the contacts still to come; afterwards, two
 * shoppers swap contacts wherever the swap keeps both within the gap and makes their slots,
 * weekdays and scenarios more even (a lower sum of squared counts), until no swap helps. Each
 * shopper keeps their number of contacts.
 */
function evenBySwaps(
	assigned: Assigned[],
	held: Map<string, Held[]>,
	gapOk: (taken: readonly Held[], date: string) => boolean
): void {
	const count = (shopper: string, key: (typeof BALANCED)[number], value: string | undefined) =>
		held.get(shopper)!.filter((h) => h[key] === value).length;
	const gain = (a: Assigned, b: Assigned) =>
		BALANCED.reduce(
			(sum, key) =>
				a[key] === b[key]
					? sum
					: sum +
						2 *
							(count(a.shopper, key, b[key]) -
								count(a.shopper, key, a[key]) +
								count(b.shopper, key, a[key]) -
								count(b.shopper, key, b[key])) +
						4,
			0
		);
	const without = (shopper: string, c: Held) => held.get(shopper)!.filter((h) => h !== c);
	for (let pass = 0, changed = true; changed && pass < 20; pass++) {
		changed = false;
		for (let i = 0; i < assigned.length; i++) {
			for (let j = i + 1; j < assigned.length; j++) {
				const a = assigned[i]!;
				const b = assigned[j]!;
				if (a.shopper === b.shopper || gain(a, b) >= 0) continue;
				const heldA = held.get(a.shopper)!.find((h) => sameContact(h, a))!;
				const heldB = held.get(b.shopper)!.find((h) => sameContact(h, b))!;
				const restA = without(a.shopper, heldA);
				const restB = without(b.shopper, heldB);
				if (!gapOk(restA, b.date) || !gapOk(restB, a.date)) continue;
				held.set(a.shopper, [...restA, heldB]);
				held.set(b.shopper, [...restB, heldA]);
				assigned[i] = { ...a, shopper: b.shopper };
				assigned[j] = { ...b, shopper: a.shopper };
				changed = true;
			}
		}
	}
}

/** The held entry of an assigned contact (the same object the greedy pass pushed). */
const sameContact = (h: Held, a: Assigned) =>
	h.date === a.date &&
	h.slot === a.slot &&
	h.weekday === a.weekday &&
	h.scenario === a.scenario &&
	(h as Partial<PlannedContact>).channel === a.channel;

/** One shopper's contacts: in all, and by time slot, weekday and scenario. */
export interface SpreadRow {
	shopper: string;
	total: number;
	slot: Record<string, number>;
	weekday: Record<string, number>;
	scenario: Record<string, number>;
}

/**
 * How evenly contacts lie across shoppers: per shopper the counts, and per dimension the
 * largest max − min over its values (a value a shopper never got counts as 0 for them).
 */
export interface Spread {
	rows: SpreadRow[];
	range: { total: number; slot: number; weekday: number; scenario: number };
}

/** The spread of `contacts` over `shoppers` (in the order given). */
export function assignmentSpread(
	contacts: readonly Pick<Assigned, 'shopper' | 'slot' | 'weekday' | 'scenario'>[],
	shoppers: readonly string[]
): Spread {
	const rows: SpreadRow[] = shoppers.map((shopper) => {
		const row: SpreadRow = { shopper, total: 0, slot: {}, weekday: {}, scenario: {} };
		for (const c of contacts) {
			if (c.shopper !== shopper) continue;
			row.total++;
			for (const key of BALANCED) row[key][c[key]] = (row[key][c[key]] ?? 0) + 1;
		}
		return row;
	});
	const rangeOf = (values: number[]) =>
		values.length === 0 ? 0 : Math.max(...values) - Math.min(...values);
	const dimRange = (key: (typeof BALANCED)[number]) => {
		const values = new Set(contacts.map((c) => c[key]));
		return Math.max(0, ...[...values].map((v) => rangeOf(rows.map((r) => r[key][v] ?? 0))));
	};
	return {
		rows,
		range: {
			total: rangeOf(rows.map((r) => r.total)),
			slot: dimRange('slot'),
			weekday: dimRange('weekday'),
			scenario: dimRange('scenario')
		}
	};
}
