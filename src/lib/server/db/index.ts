// The server's database, opened once per process: the embedded PGlite (files under ./data, or
// DATA_DIR) by default, or a PostgreSQL server when DATABASE_URL is set. Either way the
// versioned migrations in drizzle/ are applied before the first query.
//
// With PostgreSQL, DATABASE_READ_URL may name a streaming replica: getReadDb() answers it (a
// second pool), getDb() the primary. Only reads that tolerate a replica's lag of a moment may
// use it: GET /pull (a device asks again from its cursor; the rows it has not seen come on the
// next pull) and GET /campaigns/:id/aggregate (figures). Everything that writes, checks a
// session, a CSRF token, a rate limit or an invite, or reads its own write back stays on the
// primary. Behind pgbouncer in transaction mode set PGBOUNCER=1 (or DATABASE_PREPARE=false):
// postgres.js then sends no named prepared statements, which such a pool cannot keep.
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
	/** Named prepared statements (postgres.js); off behind pgbouncer in transaction mode. */
	prepare?: boolean;
	/** Connections in the pool (postgres.js). */
	max?: number;
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

/** `execute` answers with the rows (postgres.js) or with `{ rows }` (PGlite). */
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
		const [{ default: postgres }, { drizzle }, { migrate }] = await Promise.all([
			import('postgres'),
			import('drizzle-orm/postgres-js'),
			import('drizzle-orm/postgres-js/migrator')
		]);
		const client = postgres(options.databaseUrl, {
			max: options.max ?? 10,
			prepare: options.prepare ?? true,
			onnotice: () => {}
		});
		const orm = drizzle(client, { schema });
		try {
			if (options.readOnly) await client`select 1`;
			else await migrate(orm, { migrationsFolder });
		} catch (error) {
			await client.end();
			throw error;
		}
		return {
			kind: 'postgres',
			orm: orm as unknown as Orm,
			migrationCount: () => count(orm as unknown as Orm),
			close: () => client.end()
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
