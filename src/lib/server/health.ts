import { sql } from 'drizzle-orm';
import type { Db, DbKind } from './db';

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
