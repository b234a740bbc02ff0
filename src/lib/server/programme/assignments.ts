// Assignments of a campaign: made by hand or generated from the plan's open cells by those who
// may plan (`programme.plan`) for those who may be assigned (`programme.assigned`), within the
// plan's caps and gaps; each shopper reads their own.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import {
	doneByCell,
	planErrorCode,
	planErrorMessage,
	seoulDate,
	spreadOf,
	type GenerateAssignments,
	type Generated,
	type HandAssignment
} from '$lib/domain/programme/planning-wire';
import { Assignment, DEFAULT_ASSIGNMENT_RULES, Plan } from '$lib/domain/programme/records';
import {
	assignShoppers,
	cellId,
	scheduleContacts,
	weekdayOf,
	type AssignmentRules,
	type PlanCell
} from '$lib/domain/programme/sampling';
import { rolesThatCan } from '$lib/domain/access/permissions';
import type { Session } from '../auth/session';
import type { Db } from '../db';
import { assignments, campaignMembers, evaluations, members } from '../db/schema';
import { notFound } from '../http/errors';
import { storedContacts } from '../records/derive';
import { withKeyLock } from '../records/write-lock';
import type { Reader } from './reader';
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

/** The campaign's assignments (of one shopper when `shopperId` is given). */
async function loadAssignments(
	db: Db,
	campaignId: string,
	shopperId?: string
): Promise<Assignment[]> {
	const where =
		shopperId === undefined
			? eq(assignments.campaignId, campaignId)
			: and(eq(assignments.campaignId, campaignId), eq(assignments.shopperId, shopperId));
	const rows = await db.orm
		.select({ a: assignments, shopperName: members.displayName })
		.from(assignments)
		.innerJoin(members, eq(members.id, assignments.shopperId))
		.where(where)
		.orderBy(asc(assignments.windowFrom), asc(assignments.id));
	const started = await startedFrom(
		db,
		campaignId,
		rows.map((r) => r.a.id)
	);
	return rows.map(({ a, shopperName }) =>
		Assignment.parse({
			id: a.id,
			campaignId: a.campaignId,
			shopperId: a.shopperId,
			shopperName,
			...(a.scenarioId ? { scenarioId: a.scenarioId } : {}),
			channel: a.channel,
			timeSlot: a.timeSlot,
			windowFrom: a.windowFrom,
			windowTo: a.windowTo,
			...(a.cellId ? { cellId: a.cellId } : {}),
			status: a.status,
			createdAt: a.createdAt.getTime(),
			...(started.get(a.id) ? { evaluationId: started.get(a.id) } : {})
		})
	);
}

/** The evaluation (not deleted) started from each assignment, by assignment id. */
async function startedFrom(
	db: Db,
	campaignId: string,
	ids: readonly string[]
): Promise<Map<string, string>> {
	if (ids.length === 0) return new Map();
	const assignmentId = sql<string>`${evaluations.body} ->> 'assignmentId'`;
	const rows = await db.orm
		.select({ id: evaluations.id, assignmentId })
		.from(evaluations)
		.where(
			and(
				eq(evaluations.campaignId, campaignId),
				eq(evaluations.deleted, false),
				inArray(assignmentId, [...ids])
			)
		);
	return new Map(rows.map((r) => [r.assignmentId, r.id]));
}

// ── The coordinator's writes ────────────────────────────────────────────────────────────────

async function requireShoppers(db: Db, campaignId: string, ids: readonly string[]): Promise<void> {
	const rows = await db.orm
		.select({ memberId: campaignMembers.memberId })
		.from(campaignMembers)
		.where(
			and(
				eq(campaignMembers.campaignId, campaignId),
				inArray(campaignMembers.role, rolesThatCan('programme.assigned')),
				inArray(campaignMembers.memberId, [...ids])
			)
		);
	const shoppers = new Set(rows.map((r) => r.memberId));
	const others = ids.filter((id) => !shoppers.has(id));
	if (others.length > 0) {
		throw refused(
			'not-a-shopper',
			others.length === 1
				? 'This person is not a mystery shopper of the campaign.'
				: `${String(others.length)} of these people are not mystery shoppers of the campaign.`
		);
	}
}

/** The dates (window starts) of every assignment not cancelled, by shopper. */
async function takenDates(db: Db, campaignId: string): Promise<Map<string, string[]>> {
	const rows = await db.orm
		.select({ shopperId: assignments.shopperId, date: assignments.windowFrom })
		.from(assignments)
		.where(and(eq(assignments.campaignId, campaignId), eq(assignments.status, 'open')));
	const out = new Map<string, string[]>();
	for (const r of rows) out.set(r.shopperId, [...(out.get(r.shopperId) ?? []), r.date]);
	return out;
}

const rulesOf = (plan: Plan | null): AssignmentRules => ({
	capPerShopper: plan?.capPerShopper ?? DEFAULT_ASSIGNMENT_RULES.capPerShopper,
	minGapDays: plan?.minGapDays ?? DEFAULT_ASSIGNMENT_RULES.minGapDays
});

async function insertAssignments(
	db: Db,
	session: Session,
	campaignId: string,
	list: readonly Omit<Assignment, 'id' | 'campaignId' | 'status' | 'createdAt' | 'shopperName'>[],
	now: number
): Promise<string[]> {
	if (list.length === 0) return [];
	const ids = list.map(() => crypto.randomUUID());
	await db.orm.insert(assignments).values(
		list.map((a, i) => ({
			id: ids[i]!,
			campaignId,
			shopperId: a.shopperId,
			scenarioId: a.scenarioId ?? null,
			channel: a.channel,
			timeSlot: a.timeSlot,
			windowFrom: a.windowFrom,
			windowTo: a.windowTo,
			cellId: a.cellId ?? null,
			status: 'open' as const,
			createdBy: session.memberId,
			createdAt: new Date(now)
		}))
	);
	return ids;
}

async function assignmentsById(db: Db, campaignId: string, ids: readonly string[]) {
	const wanted = new Set(ids);
	const all = await loadAssignments(db, campaignId);
	return all.filter((a) => wanted.has(a.id));
}

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
		await takenDates(db, campaignId)
	);
	const stopped = check.unassigned[0];
	if (stopped) throw refused(`assignment-${stopped.reason}`, reasonText[stopped.reason]);
	const [id] = await insertAssignments(db, session, campaignId, [input], now);
	return (await assignmentsById(db, campaignId, [id!]))[0]!;
}

/**
 * Fills the plan's open cells (planned − done − open assignments not yet done) with the chosen
 * shoppers between `from` (default: today or the plan's start) and `to` (the plan's end),
 * keeping caps and gaps with the assignments already made. Answers what was made and what not.
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
	const today = seoulDate(now);
	const from = input.from ?? (today > plan.from ? today : plan.from);
	const to = input.to ?? plan.to;
	if (from > to) throw refused('bad-period', 'The period ends before it starts.');

	const done = await doneOnServer(db, campaignId, now);
	const pending = await pendingByCell(db, campaignId);
	const open: PlanCell[] = spread.cells.map((c) => {
		const id = cellId(c);
		const left = c.planned - (done.get(id) ?? 0) - (pending.get(id) ?? 0);
		return { ...c, planned: Math.max(0, left) };
	});
	const contacts = scheduleContacts(open, from, to);
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
		await takenDates(db, campaignId)
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
	return { made: await assignmentsById(db, campaignId, ids), unmade };
}

/**
 * Runs `fn` in one transaction holding the campaign's assignment lock: two coordinators
 * assigning at once are taken one after the other, so caps and gaps hold across both.
 */
async function underCampaignLock<T>(
	db: Db,
	campaignId: string,
	fn: (db: Db) => Promise<T>
): Promise<T> {
	return withKeyLock(db.orm, 'plan', campaignId, (tx) => fn({ ...db, orm: tx }));
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
async function pendingByCell(db: Db, campaignId: string): Promise<Map<string, number>> {
	const list = await loadAssignments(db, campaignId);
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
