// Assignments of a campaign: made by hand or generated from the plan's open cells by those who
// may plan (`programme.plan`) for those who may be assigned (`programme.assigned`), within the
// plan's caps and gaps, one wave at a time, on working days only, even across the shoppers;
// each shopper reads their own. The table's reads and writes: assignment-store.ts.
import { and, eq, inArray } from 'drizzle-orm';
import { workingDays, programmeToday } from '$lib/domain/calendar/programme-dates';
import {
	doneByCell,
	planErrorCode,
	planErrorMessage,
	spreadOf,
	spreadOfAssignments,
	type GenerateAssignments,
	type Generated,
	type HandAssignment
} from '$lib/domain/programme/planning-wire';
import { Assignment, DEFAULT_ASSIGNMENT_RULES, Plan } from '$lib/domain/programme/records';
import { assignShoppers, type AssignmentRules } from '$lib/domain/programme/assigning';
import { cellId, scheduleContacts, weekdayOf, type PlanCell } from '$lib/domain/programme/sampling';
import { splitByWaves, weekdayCounts } from '$lib/domain/programme/waves';
import type { Session } from '../auth/session';
import type { Db } from '../db';
import { assignments, evaluations } from '../db/schema';
import { notFound } from '../http/errors';
import { storedContacts } from '../records/derive';
import type { Reader } from './reader';
import {
	assignmentsById,
	heldContacts,
	insertAssignments,
	loadAssignments,
	requireShoppers,
	underCampaignLock
} from './assignment-store';
import { campaignScenarios, conflict, refused, requirePlanner, storedPlan } from './planning';

/**
 * The assignments a reader may read (`assignments`): every one of the campaign with scope
 * 'all', else the reader's own.
 */
export async function assignmentsFor(
	db: Db,
	reader: Reader,
	campaignId: string
): Promise<Assignment[]> {
	if (!reader.reads('assignments')) return [];
	return loadAssignments(db, campaignId, reader.scopes.has('all') ? undefined : reader.memberId);
}

// ── The coordinator's writes ────────────────────────────────────────────────────────────────

const rulesOf = (plan: Plan | null): AssignmentRules => ({
	capPerShopper: plan?.capPerShopper ?? DEFAULT_ASSIGNMENT_RULES.capPerShopper,
	minGapDays: plan?.minGapDays ?? DEFAULT_ASSIGNMENT_RULES.minGapDays
});

const reasonText: Record<'cap' | 'gap' | 'no-shoppers', string> = {
	cap: 'The shopper already has as many contacts with this center as the plan allows.',
	gap: 'The shopper has another contact with this center too close to these dates.',
	'no-shoppers': 'No shopper was chosen.'
};

/**
 * An assignment made by hand: the shopper must be a shopper of the campaign, and stay within
 * the plan's cap per shopper and minimum gap between their contacts with the center.
 */
export async function addAssignment(
	db: Db,
	session: Session,
	campaignId: string,
	input: HandAssignment,
	now = Date.now()
): Promise<Assignment> {
	await requirePlanner(db, session, campaignId);
	await requireShoppers(db, campaignId, [input.shopperId]);
	return underCampaignLock(db, campaignId, (db) => addLocked(db, session, campaignId, input, now));
}

async function addLocked(
	db: Db,
	session: Session,
	campaignId: string,
	input: HandAssignment,
	now: number
): Promise<Assignment> {
	if (input.scenarioId !== undefined) {
		const s = (await campaignScenarios(db, campaignId)).get(input.scenarioId);
		if (!s || s.archived) {
			throw refused('unknown-scenario', 'The scenario is not live in this campaign.');
		}
	}
	const plan = await storedPlan(db, campaignId);
	const check = assignShoppers(
		[
			{
				weekday: weekdayOf(input.windowFrom),
				slot: input.timeSlot,
				scenario: input.scenarioId ?? '',
				channel: input.channel,
				date: input.windowFrom
			}
		],
		[input.shopperId],
		rulesOf(plan),
		await heldContacts(db, campaignId)
	);
	const stopped = check.unassigned[0];
	if (stopped) throw refused(`assignment-${stopped.reason}`, reasonText[stopped.reason]);
	const [id] = await insertAssignments(db, session, campaignId, [input], now);
	return (await assignmentsById(db, campaignId, [id!]))[0]!;
}

/**
 * Fills the plan's open cells with the chosen shoppers. Without a wave: what is still open
 * (planned − done − open assignments not yet done) between `from` (default: today in Seoul or
 * the plan's start) and `to` (the plan's end). With `wave`: only that wave's share of each cell
 * (`splitByWaves`), less what the wave already holds, within the wave's dates. Contacts go on
 * working days only (no public holiday, no year without a holiday list), and to shoppers within
 * caps and gaps, balanced by slot, weekday and scenario. Answers what was made, what not and
 * why, the holidays skipped, the years not known, and the shoppers' spread.
 */
export async function generateAssignments(
	db: Db,
	session: Session,
	campaignId: string,
	input: GenerateAssignments,
	now = Date.now()
): Promise<Generated> {
	await requirePlanner(db, session, campaignId);
	const shopperIds = [...new Set(input.shopperIds)];
	await requireShoppers(db, campaignId, shopperIds);
	return underCampaignLock(db, campaignId, (db) =>
		generateLocked(db, session, campaignId, shopperIds, input, now)
	);
}

const later = (a: string, b: string) => (a > b ? a : b);
const earlier = (a: string, b: string) => (a < b ? a : b);

/** The working days of a wave inside the plan's period, counted by weekday. */
const waveDays = (plan: Plan) =>
	plan.waves.map((w) =>
		weekdayCounts(workingDays(later(w.from, plan.from), earlier(w.to, plan.to)).dates)
	);

async function generateLocked(
	db: Db,
	session: Session,
	campaignId: string,
	shopperIds: readonly string[],
	input: GenerateAssignments,
	now: number
): Promise<Generated> {
	const plan = await storedPlan(db, campaignId);
	if (!plan) throw conflict('no-plan', 'The campaign has no sampling plan yet.');
	const spread = spreadOf(plan);
	if (!spread.ok) throw refused(planErrorCode(spread.error), planErrorMessage(spread.error));
	const wave = input.wave === undefined ? undefined : plan.waves[input.wave];
	if (input.wave !== undefined && !wave) {
		throw refused('unknown-wave', 'The plan has no such wave.');
	}
	const start = wave ? later(wave.from, plan.from) : plan.from;
	const end = wave ? earlier(wave.to, plan.to) : plan.to;
	const from = input.from ? later(input.from, start) : later(programmeToday(now), start);
	const to = input.to ? earlier(input.to, end) : end;
	if (from > to) throw refused('bad-period', 'The period ends before it starts.');

	const done = await doneOnServer(db, campaignId, now);
	const list = await loadAssignments(db, campaignId);
	const pending = await pendingByCell(db, list);
	const share = wave ? splitByWaves(spread.cells, waveDays(plan))[input.wave!]! : undefined;
	const inWave = wave ? heldByCell(list, wave.from, wave.to) : undefined;
	const open: PlanCell[] = spread.cells.map((c, i) => {
		const id = cellId(c);
		let left = c.planned - (done.get(id) ?? 0) - (pending.get(id) ?? 0);
		if (share && inWave) left = Math.min(left, share[i]! - (inWave.get(id) ?? 0));
		return { ...c, planned: Math.max(0, left) };
	});
	const days = workingDays(from, to);
	const usable = new Set(days.dates);
	const contacts = scheduleContacts(open, from, to, (d) => usable.has(d));
	const scheduled = new Map<string, number>();
	for (const c of contacts) scheduled.set(cellId(c), (scheduled.get(cellId(c)) ?? 0) + 1);
	const unmade: Generated['unmade'] = open.flatMap((c) =>
		c.planned > 0 && !scheduled.has(cellId(c))
			? Array.from({ length: c.planned }, () => ({ cellId: cellId(c), reason: 'no-date' as const }))
			: []
	);
	const { assigned, unassigned } = assignShoppers(
		contacts,
		shopperIds,
		rulesOf(plan),
		await heldContacts(db, campaignId)
	);
	const ids = await insertAssignments(
		db,
		session,
		campaignId,
		assigned.map((a) => ({
			shopperId: a.shopper,
			scenarioId: a.scenario,
			channel: a.channel as Assignment['channel'],
			timeSlot: a.slot as Assignment['timeSlot'],
			windowFrom: a.date,
			windowTo: a.date,
			cellId: cellId(a)
		})),
		now
	);
	for (const u of unassigned) unmade.push({ cellId: cellId(u), date: u.date, reason: u.reason });
	const held = await loadAssignments(db, campaignId);
	return {
		made: await assignmentsById(db, campaignId, ids),
		unmade,
		period: { from, to },
		holidays: days.holidays.filter((h) => plan.weekdays.includes(weekdayOf(h.date))),
		unknownYears: days.unknownYears,
		spread: spreadOfAssignments(held, shopperIds)
	};
}

/** Contacts done per cell: the campaign's stored readings that count in reports (read now). */
export async function doneOnServer(
	db: Db,
	campaignId: string,
	now: number
): Promise<Map<string, number>> {
	return doneByCell(await storedContacts(db.orm, campaignId, now), campaignId);
}

/** Open generated assignments per cell whose contact is not done yet (none, or a draft). */
async function pendingByCell(db: Db, list: readonly Assignment[]): Promise<Map<string, number>> {
	const started = list.flatMap((a) => (a.evaluationId ? [a.evaluationId] : []));
	const counted = new Set<string>();
	if (started.length > 0) {
		const rows = await db.orm
			.select({ id: evaluations.id })
			.from(evaluations)
			.where(and(inArray(evaluations.id, started), eq(evaluations.countsInReports, true)));
		for (const r of rows) counted.add(r.id);
	}
	const out = new Map<string, number>();
	for (const a of list) {
		if (a.status !== 'open' || !a.cellId) continue;
		if (a.evaluationId && counted.has(a.evaluationId)) continue;
		out.set(a.cellId, (out.get(a.cellId) ?? 0) + 1);
	}
	return out;
}

/** Generated assignments not cancelled per cell dated within `from` … `to`, done or not. */
function heldByCell(list: readonly Assignment[], from: string, to: string): Map<string, number> {
	const out = new Map<string, number>();
	for (const a of list) {
		if (a.status !== 'open' || !a.cellId || a.windowFrom < from || a.windowFrom > to) continue;
		out.set(a.cellId, (out.get(a.cellId) ?? 0) + 1);
	}
	return out;
}

/** Cancels an assignment not started yet (an evaluation started from it: 409). */
export async function cancelAssignment(
	db: Db,
	session: Session,
	campaignId: string,
	assignmentId: string
): Promise<Assignment> {
	await requirePlanner(db, session, campaignId);
	const found = (await assignmentsById(db, campaignId, [assignmentId]))[0];
	if (!found) throw notFound('No such assignment in this campaign.');
	if (found.evaluationId) {
		throw conflict(
			'assignment-started',
			'The assignment has been started and cannot be cancelled.'
		);
	}
	if (found.status === 'cancelled') return found;
	await db.orm
		.update(assignments)
		.set({ status: 'cancelled', cancelledAt: new Date() })
		.where(and(eq(assignments.id, assignmentId), eq(assignments.campaignId, campaignId)));
	return { ...found, status: 'cancelled' };
}
