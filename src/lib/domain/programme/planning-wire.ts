/**
 * The coordinator's planning requests and answers (scenarios, the plan, assignments), shared by
 * the routes, the server's services and the phone; and the pure readings both sides make of a
 * plan: its spread and which plan cell an evaluation counts for, so the coordinator's phone draws
 * the same progress grid offline from its pulled evaluations and the cached plan.
 */
import { z } from '../base/zod';
import { Channel, idString } from '../record/common';
import { TimeSlot, type Evaluation } from '../record/evaluation';
import { seoulDate } from '../record/seoul-time';
import type { Reading } from '../reading/reading';
import { countsInReports } from '../reading/report-set';
import { assignmentSpread, type Spread } from './assigning';
import { Assignment, type Plan } from './records';
import {
	cellId,
	spreadPlan,
	weekdayOf,
	type CellKey,
	type PlanError,
	type PlanGrid,
	type PlanResult
} from './sampling';

const dateString = z
	.string()
	.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'expected YYYY-MM-DD');

/** POST /campaigns/:id/assignments: one assignment made by hand. */
export const HandAssignment = z
	.object({
		shopperId: idString,
		scenarioId: idString.optional(),
		channel: Channel,
		timeSlot: TimeSlot,
		windowFrom: dateString,
		windowTo: dateString
	})
	.refine((a) => a.windowFrom <= a.windowTo, {
		path: ['windowTo'],
		message: 'must not be before windowFrom'
	});
export type HandAssignment = z.infer<typeof HandAssignment>;

/**
 * POST /campaigns/:id/assignments/generate: fill the plan's open cells with these shoppers, in
 * the plan's period or (`wave`, an index into the plan's waves) that wave's share in its dates.
 */
export const GenerateAssignments = z.object({
	shopperIds: z.array(idString).min(1).max(500),
	wave: z.number().int().min(0).max(51).optional(),
	from: dateString.optional(),
	to: dateString.optional()
});
export type GenerateAssignments = z.infer<typeof GenerateAssignments>;

/** Why a contact of an open cell got no assignment. */
export const UnmadeReason = z.enum(['cap', 'gap', 'no-shoppers', 'no-date']);
export type UnmadeReason = z.infer<typeof UnmadeReason>;

const counts = z.record(z.string(), z.number().int().min(0));

/** How evenly the chosen shoppers' open assignments lie (`assignmentSpread`). */
export const SpreadReport = z.object({
	rows: z.array(
		z.object({
			shopper: idString,
			total: z.number().int().min(0),
			slot: counts,
			weekday: counts,
			scenario: counts
		})
	),
	range: z.object({
		total: z.number().int().min(0),
		slot: z.number().int().min(0),
		weekday: z.number().int().min(0),
		scenario: z.number().int().min(0)
	})
});

export const Generated = z.object({
	made: z.array(Assignment),
	unmade: z.array(
		z.object({ cellId: z.string(), date: dateString.optional(), reason: UnmadeReason })
	),
	/** The dates generated for, after the wave and today. */
	period: z.object({ from: dateString, to: dateString }),
	/** Public holidays in the period: no contact was put on them. */
	holidays: z.array(z.object({ date: dateString, name: z.string() })),
	/** Years of the period with no holiday list: none of their dates was used. */
	unknownYears: z.array(z.number().int()),
	spread: SpreadReport
});
export type Generated = z.infer<typeof Generated>;

/** PUT /campaigns/:id/plan answer. */
export const PlanSaved = z.object({ version: z.number().int().min(1) });

/** The grid of a plan. */
export function gridOf(plan: Plan): PlanGrid {
	return {
		weekdays: plan.weekdays,
		slots: plan.slots,
		scenarios: plan.scenarioIds,
		channels: plan.channels
	};
}

/** The plan's contacts per cell (`spreadPlan` with the plan's weights). */
export function spreadOf(plan: Plan): PlanResult {
	return spreadPlan(plan.total, gridOf(plan), new Map(Object.entries(plan.weights)));
}

/** The error code a refused plan answers with (the screens word it from the code). */
export function planErrorCode(error: PlanError): string {
	return `plan-${error.kind}`;
}

/** A sentence for a refused plan (English; the screens show their own words by code). */
export function planErrorMessage(error: PlanError): string {
	switch (error.kind) {
		case 'empty-grid':
			return 'The plan has no cell to sample: choose at least one weekday, slot, scenario and channel.';
		case 'no-contacts':
			return 'The plan needs a whole number of contacts above zero.';
		case 'more-cells-than-contacts':
			return `The plan has ${String(error.cells)} cells but only ${String(error.contacts)} contacts: some cells could never be sampled. Add contacts or remove weekdays, slots, scenarios or channels.`;
		case 'bad-weight':
			return `The weight of cell ${error.cell} is not a number of zero or more.`;
	}
}

export { seoulDate };

/**
 * A contact as the progress grid reads it: its record's campaign, scenario and channel, and
 * its reading's status, weekday and slot (both from 상담 일시 in Asia/Seoul; see `readRecord`).
 * The phone's summary rows and the server's reading columns hold exactly this.
 */
export type ContactRow = Pick<Evaluation, 'campaignId' | 'scenarioId' | 'channel'> &
	Pick<Reading, 'status' | 'weekday' | 'timeSlot'>;

/** The plan cell a contact counts for: its reading's weekday and slot, its scenario and channel. */
export function cellOf(
	row: Pick<ContactRow, 'scenarioId' | 'channel' | 'weekday' | 'timeSlot'>
): CellKey | null {
	if (!row.scenarioId) return null;
	return {
		weekday: row.weekday,
		slot: row.timeSlot,
		scenario: row.scenarioId,
		channel: row.channel
	};
}

/** Contacts done per cell id: the campaign's contacts whose reading counts in reports. */
export function doneByCell(rows: Iterable<ContactRow>, campaignId: string): Map<string, number> {
	const out = new Map<string, number>();
	for (const row of rows) {
		if (row.campaignId !== campaignId || !countsInReports(row.status)) continue;
		const cell = cellOf(row);
		if (!cell) continue;
		const id = cellId(cell);
		out.set(id, (out.get(id) ?? 0) + 1);
	}
	return out;
}

/** How evenly the open assignments among `list` lie over `shoppers` (`assignmentSpread`). */
export function spreadOfAssignments(
	list: readonly Assignment[],
	shoppers: readonly string[]
): Spread {
	return assignmentSpread(
		list
			.filter((a) => a.status === 'open')
			.map((a) => ({
				shopper: a.shopperId,
				slot: a.timeSlot,
				weekday: weekdayOf(a.windowFrom),
				scenario: a.scenarioId ?? ''
			})),
		shoppers
	);
}
