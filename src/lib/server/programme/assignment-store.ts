// The assignments table of a campaign as the planning services read and write it: the stored
// rows with who started them, what each shopper already holds, the campaign's assignment lock.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Held } from '$lib/domain/programme/assigning';
import { Assignment } from '$lib/domain/programme/records';
import { weekdayOf } from '$lib/domain/programme/sampling';
import { rolesThatCan } from '$lib/domain/access/permissions';
import type { Session } from '../auth/session';
import type { Db } from '../db';
import { assignments, campaignMembers, evaluations, members } from '../db/schema';
import { withKeyLock } from '../records/write-lock';
import { refused } from './planning';

/** The campaign's assignments (of one shopper when `shopperId` is given). */
export async function loadAssignments(
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

/** Fails with 422 `not-a-shopper` unless every id is a shopper of the campaign. */
export async function requireShoppers(
	db: Db,
	campaignId: string,
	ids: readonly string[]
): Promise<void> {
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

/** What each shopper holds (assignments not cancelled): date, slot, weekday and scenario. */
export async function heldContacts(db: Db, campaignId: string): Promise<Map<string, Held[]>> {
	const rows = await db.orm
		.select({
			shopperId: assignments.shopperId,
			date: assignments.windowFrom,
			slot: assignments.timeSlot,
			scenario: assignments.scenarioId
		})
		.from(assignments)
		.where(and(eq(assignments.campaignId, campaignId), eq(assignments.status, 'open')));
	const out = new Map<string, Held[]>();
	for (const r of rows) {
		const held: Held = {
			date: r.date,
			slot: r.slot,
			weekday: weekdayOf(r.date),
			...(r.scenario ? { scenario: r.scenario } : {})
		};
		out.set(r.shopperId, [...(out.get(r.shopperId) ?? []), held]);
	}
	return out;
}

/** Stores new open assignments; answers their ids in the order given. */
export async function insertAssignments(
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

export async function assignmentsById(db: Db, campaignId: string, ids: readonly string[]) {
	const wanted = new Set(ids);
	const all = await loadAssignments(db, campaignId);
	return all.filter((a) => wanted.has(a.id));
}

/**
 * Runs `fn` in one transaction holding the campaign's assignment lock: two coordinators
 * assigning at once are taken one after the other, so caps and gaps hold across both.
 */
export async function underCampaignLock<T>(
	db: Db,
	campaignId: string,
	fn: (db: Db) => Promise<T>
): Promise<T> {
	return withKeyLock(db.orm, 'plan', campaignId, (tx) => fn({ ...db, orm: tx }));
}
