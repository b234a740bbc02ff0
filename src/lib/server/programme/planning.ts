// Scenarios and the sampling plan of a campaign: written with `programme.plan`, read by the
// roles the permissions table gives `scenario` and `plan` (a center manager neither). Assignments made from the plan: assignments.ts.
import { and, asc, eq, sql } from 'drizzle-orm';
import { planErrorCode, planErrorMessage, spreadOf } from '$lib/domain/programme/planning-wire';
import { Plan, Scenario } from '$lib/domain/programme/records';
import { requireAction } from '../auth/access';
import type { Session } from '../auth/session';
import type { Db } from '../db';
import { plans, scenarios } from '../db/schema';
import { ApiError, invalid, notFound } from '../http/errors';
import type { Reader } from './reader';

/** The campaign's scenarios for a reader who may read them (`scenario`), by title. */
export async function scenariosFor(
	db: Db,
	reader: Reader,
	campaignId: string
): Promise<Scenario[]> {
	return reader.reads('scenario') ? loadScenarios(db, campaignId) : [];
}

async function loadScenarios(db: Db, campaignId: string): Promise<Scenario[]> {
	const rows = await db.orm
		.select({ body: scenarios.body })
		.from(scenarios)
		.where(eq(scenarios.campaignId, campaignId))
		.orderBy(asc(scenarios.id));
	// In the order a person looks for them: by title (Korean collation), then id.
	const collator = new Intl.Collator('ko');
	return rows
		.flatMap((r) => {
			const parsed = Scenario.safeParse(r.body);
			return parsed.success ? [parsed.data] : [];
		})
		.sort((a, b) => collator.compare(a.title, b.title) || (a.id < b.id ? -1 : 1));
}

/** The sampling plan for a reader who may read it (`plan`). */
export async function planFor(db: Db, reader: Reader, campaignId: string): Promise<Plan | null> {
	return reader.reads('plan') ? storedPlan(db, campaignId) : null;
}

/** Fails with 403 unless the member may write the campaign's programme (`programme.plan`). */
export const requirePlanner = (db: Db, session: Session, campaignId: string) =>
	requireAction(db, session.memberId, campaignId, 'programme.plan');

export const conflict = (code: string, message: string) => new ApiError(409, code, message);
export const refused = (code: string, message: string) => new ApiError(422, code, message);

/** Creates or updates a scenario of the campaign (its id is the path's). */
export async function putScenario(
	db: Db,
	session: Session,
	campaignId: string,
	scenarioId: string,
	body: Scenario
): Promise<Scenario> {
	await requirePlanner(db, session, campaignId);
	if (body.id !== scenarioId) throw invalid('The scenario id does not match the address.');
	const existing = await db.orm
		.select({ campaignId: scenarios.campaignId })
		.from(scenarios)
		.where(eq(scenarios.id, scenarioId))
		.limit(1);
	if (existing[0] && existing[0].campaignId !== campaignId) {
		throw conflict('scenario-elsewhere', 'A scenario with this id belongs to another campaign.');
	}
	await db.orm
		.insert(scenarios)
		.values({ id: scenarioId, campaignId, body, updatedBy: session.memberId })
		.onConflictDoUpdate({
			target: scenarios.id,
			set: { body, updatedAt: new Date(), updatedBy: session.memberId }
		});
	return body;
}

/** Retires a scenario from new plans and assignments (kept for the evaluations that used it). */
export async function archiveScenario(
	db: Db,
	session: Session,
	campaignId: string,
	scenarioId: string
): Promise<Scenario> {
	await requirePlanner(db, session, campaignId);
	const scenario = (await campaignScenarios(db, campaignId)).get(scenarioId);
	if (!scenario) throw notFound('No such scenario in this campaign.');
	const body: Scenario = { ...scenario, archived: true };
	await db.orm
		.update(scenarios)
		.set({ body, updatedAt: new Date(), updatedBy: session.memberId })
		.where(and(eq(scenarios.id, scenarioId), eq(scenarios.campaignId, campaignId)));
	return body;
}

export async function campaignScenarios(
	db: Db,
	campaignId: string
): Promise<Map<string, Scenario>> {
	const list = await loadScenarios(db, campaignId);
	return new Map(list.map((s) => [s.id, s]));
}

/**
 * Stores the campaign's sampling plan after checking it spreads (no more cells than contacts)
 * and names only live scenarios of the campaign; a refused plan changes nothing.
 */
export async function putPlan(
	db: Db,
	session: Session,
	campaignId: string,
	plan: Plan
): Promise<{ version: number }> {
	await requirePlanner(db, session, campaignId);
	const known = await campaignScenarios(db, campaignId);
	const unknown = plan.scenarioIds.filter((id) => !known.has(id) || known.get(id)!.archived);
	if (unknown.length > 0) {
		throw refused(
			'plan-unknown-scenario',
			`The plan names scenarios that are not live in this campaign: ${unknown.join(', ')}.`
		);
	}
	const badWave = plan.waves.find((w) => w.from > w.to);
	if (badWave) throw refused('plan-bad-wave', `Wave ${badWave.name} ends before it starts.`);
	const spread = spreadOf(plan);
	if (!spread.ok) throw refused(planErrorCode(spread.error), planErrorMessage(spread.error));
	const rows = await db.orm
		.insert(plans)
		.values({ campaignId, body: plan, updatedBy: session.memberId })
		.onConflictDoUpdate({
			target: plans.campaignId,
			set: {
				body: plan,
				version: sql`${plans.version} + 1`,
				updatedAt: new Date(),
				updatedBy: session.memberId
			}
		})
		.returning({ version: plans.version });
	return { version: rows[0]!.version };
}

export async function storedPlan(db: Db, campaignId: string): Promise<Plan | null> {
	const rows = await db.orm
		.select({ body: plans.body })
		.from(plans)
		.where(eq(plans.campaignId, campaignId))
		.limit(1);
	const parsed = Plan.safeParse(rows[0]?.body);
	return parsed.success ? parsed.data : null;
}

/** The ids of the campaign's shoppers among `ids`; the others are refused with 422. */
