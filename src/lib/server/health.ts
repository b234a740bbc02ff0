import { json } from '@sveltejs/kit';
import { sql } from 'drizzle-orm';
import { getDb, type Db, type DbKind } from './db';
import { databaseUnavailable, errorResponse } from './http/errors';

export interface Health {
	ok: true;
	db: DbKind;
	/** How many schema migrations the database has. */
	schema: number;
}

/** Answers only once the database has answered a query. */
export async function health(db: Db): Promise<Health> {
	await db.orm.execute(sql`select 1`);
	return { ok: true, db: db.kind, schema: await db.migrationCount() };
}

/**
 * GET /health: 200 with `Health` once the database answered; while it cannot be opened or does
 * not answer, 503 with Retry-After (a load balancer or a phone asks again), whatever the cause.
 */
export async function healthAnswer(open: () => Promise<Db> = getDb): Promise<Response> {
	try {
		return json(await health(await open()));
	} catch (error) {
		return healthFailed(error);
	}
}

/** The answer while the database cannot be opened or does not answer: 503 with Retry-After. */
export function healthFailed(error: unknown): Response {
	console.error('Health check failed:', error instanceof Error ? error.message : error);
	return errorResponse(databaseUnavailable());
}
