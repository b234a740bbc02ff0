// Scenarios, the sampling plan and assignments of a campaign (coordinators write them;
// shoppers read the scenarios and their own assignments; managers nothing).
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { Assignment, Plan, Scenario } from '$lib/domain/programme/records';
import type { Db } from '../db';
import { assignments, evaluations, members, plans, scenarios } from '../db/schema';
import type { Reader } from './snapshot';

export async function scenariosFor(
	db: Db,
	reader: Reader,
	campaignId: string
): Promise<Scenario[]> {
	if (!reader.coordinator && !reader.shopper) return [];
	const rows = await db.orm
		.select({ body: scenarios.body })
		.from(scenarios)
		.where(eq(scenarios.campaignId, campaignId))
		.orderBy(asc(scenarios.id));
	return rows.flatMap((r) => {
		const parsed = Scenario.safeParse(r.body);
		return parsed.success ? [parsed.data] : [];
	});
}

export async function planFor(db: Db, reader: Reader, campaignId: string): Promise<Plan | null> {
	if (!reader.coordinator) return null;
	const rows = await db.orm
		.select({ body: plans.body })
		.from(plans)
		.where(eq(plans.campaignId, campaignId))
		.limit(1);
	const parsed = Plan.safeParse(rows[0]?.body);
	return parsed.success ? parsed.data : null;
}

export async function assignmentsFor(
	db: Db,
	reader: Reader,
	campaignId: string
): Promise<Assignment[]> {
	if (!reader.coordinator && !reader.shopper) return [];
	const where = reader.coordinator
		? eq(assignments.campaignId, campaignId)
		: and(eq(assignments.campaignId, campaignId), eq(assignments.shopperId, reader.memberId));
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
