// The server's database, opened once per process: the embedded PGlite (files under ./data, or
// DATA_DIR) by default, or a PostgreSQL server when DATABASE_URL is set. Either way the
// versioned migrations in drizzle/ are applied before the first query.
//
// With PostgreSQL, DATABASE_READ_URL may name a streaming replica: getReadDb() answers it (a
// second pool), getDb() the primary. Only reads that tolerate a replica's lag of a moment may
// use it: GET /pull (a device asks again from its cursor; the rows it has not seen come on the
// next pull) and GET /campaigns/:id/aggregate (figures). Everything that writes, checks a
// session, a CSRF token, a rate limit or an invite, or reads its own write back stays on the
// primary.
//
// PostgreSQL is reached through node-postgres (`pg`) pools. An idle connection that the server
// drops (a restart, a failover, pgbouncer reconnecting) is reported on the pool's 'error' event,
// which is logged here and never ends the process; a query in flight at that moment fails, and
// the API answers it 503 (errors.ts) so the client tries again. Behind pgbouncer in transaction
// mode PGBOUNCER=1 (or DATABASE_PREPARE=false) is still accepted, but nothing needs to change:
// node-postgres sends unnamed statements unless a query is given a name, and none is here.
import { sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import * as schema from './schema';

export type DbKind = 'pglite' | 'postgres';

export type Orm = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface Db {
	kind: DbKind;
	orm: Orm;
	/** How many migrations have been applied to this database. */
	migrationCount(): Promise<number>;
	close(): Promise<void>;
}

export interface DbOptions {
	/** postgres://… to use a PostgreSQL server; otherwise the embedded database. */
	databaseUrl?: string;
	/** Where the embedded database keeps its files. */
	dataDir?: string;
	/** The folder of drizzle-kit's SQL migrations. */
	migrationsFolder?: string;
	/**
	 * Named prepared statements; off behind pgbouncer in transaction mode. node-postgres sends
	 * unnamed statements (drizzle names none), so either setting is safe behind such a pool.
	 */
	prepare?: boolean;
	/** Connections in the pool (default 10). */
	max?: number;
	/** How long a query waits for a connection before failing, in ms (default 10 s). */
	connectionTimeoutMillis?: number;
	/** How long an unused connection stays open, in ms (default 30 s). */
	idleTimeoutMillis?: number;
	/** Open a read replica: no migrations (a replica cannot write; the primary has them). */
	readOnly?: boolean;
}

/** Whether the environment asks for no prepared statements (pgbouncer, transaction mode). */
export function preparedStatements(env: Record<string, string | undefined> = process.env): boolean {
	const flag = (v: string | undefined) => v !== undefined && /^(1|true|yes|on)$/i.test(v.trim());
	const off = (v: string | undefined) => v !== undefined && /^(0|false|no|off)$/i.test(v.trim());
	if (flag(env.PGBOUNCER)) return false;
	return !off(env.DATABASE_PREPARE);
}

const defaultMigrations = () => resolve(process.env.MIGRATIONS_DIR ?? 'drizzle');

/** `execute` answers with `{ rows }` (node-postgres, PGlite) or with the rows themselves. */
export function rowsOf<T>(result: unknown): T[] {
	if (Array.isArray(result)) return result as T[];
	return ((result as { rows?: T[] } | undefined)?.rows ?? []) as T[];
}

export async function openDb(options: DbOptions = {}): Promise<Db> {
	const migrationsFolder = options.migrationsFolder ?? defaultMigrations();
	const count = async (orm: Orm) => {
		const rows = await orm.execute<{ n: number }>(
			sql`select count(*)::int as n from drizzle.__drizzle_migrations`
		);
		return Number(rowsOf<{ n: number }>(rows)[0]?.n ?? 0);
	};

	if (options.databaseUrl) {
		const [{ default: pg }, { drizzle }, { migrate }] = await Promise.all([
			import('pg'),
			import('drizzle-orm/node-postgres'),
			import('drizzle-orm/node-postgres/migrator')
		]);
		const pool = new pg.Pool({
			connectionString: options.databaseUrl,
			max: options.max ?? 10,
			connectionTimeoutMillis: options.connectionTimeoutMillis ?? 10_000,
			idleTimeoutMillis: options.idleTimeoutMillis ?? 30_000
		});
		// An idle connection lost (the server restarted or dropped it): the pool discards it and
		// opens a new one on the next query. Without a listener the event would end the process.
		const role = options.readOnly ? 'read' : 'primary';
		pool.on('error', (error: Error & { code?: string }) => {
			console.error(
				`PostgreSQL (${role}): an idle connection failed:`,
				error.code ?? error.message
			);
		});
		// A connection that breaks while a request holds it (inside a transaction) reports the
		// failure to its query, which answers 503; the event itself must not end the process.
		pool.on('connect', (client) => {
			client.on('error', () => {});
		});
		const orm = drizzle(pool, { schema });
		try {
			if (options.readOnly) await pool.query('select 1');
			else await migrate(orm, { migrationsFolder });
		} catch (error) {
			await pool.end();
			throw error;
		}
		let closed: Promise<void> | undefined;
		return {
			kind: 'postgres',
			orm: orm as unknown as Orm,
			migrationCount: () => count(orm as unknown as Orm),
			close: () => (closed ??= pool.end())
		};
	}

	const dataDir = resolve(options.dataDir ?? 'data');
	mkdirSync(dataDir, { recursive: true });
	const [{ PGlite }, { drizzle }, { migrate }] = await Promise.all([
		import('@electric-sql/pglite'),
		import('drizzle-orm/pglite'),
		import('drizzle-orm/pglite/migrator')
	]);
	const client = await PGlite.create(dataDir);
	const orm = drizzle(client, { schema });
	try {
		await migrate(orm, { migrationsFolder });
	} catch (error) {
		await client.close();
		throw error;
	}
	return {
		kind: 'pglite',
		orm: orm as unknown as Orm,
		migrationCount: () => count(orm as unknown as Orm),
		close: () => client.close()
	};
}

let current: Promise<Db> | undefined;
let currentRead: Promise<Db> | undefined;

/** This process's database, opened (and migrated) on first use from DATABASE_URL / DATA_DIR. */
export function getDb(): Promise<Db> {
	current ??= openDb({
		databaseUrl: process.env.DATABASE_URL || undefined,
		dataDir: process.env.DATA_DIR || undefined,
		prepare: preparedStatements()
	}).catch((error: unknown) => {
		current = undefined;
		throw error;
	});
	return current;
}

/**
 * The database for reads that may lag a moment behind (pull, aggregates): the replica at
 * DATABASE_READ_URL, or the primary when that is unset or the embedded database is in use.
 */
export function getReadDb(): Promise<Db> {
	const readUrl = process.env.DATABASE_READ_URL || undefined;
	if (!readUrl || !process.env.DATABASE_URL) return getDb();
	currentRead ??= (async () => {
		// The primary first: its migrations must have run before the replica's schema is read.
		await getDb();
		return openDb({ databaseUrl: readUrl, readOnly: true, prepare: preparedStatements() });
	})().catch((error: unknown) => {
		currentRead = undefined;
		throw error;
	});
	return currentRead;
}

/** Closes this process's databases, if they were opened. */
export async function closeDb(): Promise<void> {
	const db = current;
	const read = currentRead;
	current = undefined;
	currentRead = undefined;
	if (read) await (await read).close();
	if (db) await (await db).close();
}
