// The server's database, opened once per process: the embedded PGlite (files under ./data, or
// DATA_DIR) by default, or a PostgreSQL server when DATABASE_URL is set. Either way the
// versioned migrations in drizzle/ are applied before the first query.
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
		const client = postgres(options.databaseUrl, { max: 10, onnotice: () => {} });
		const orm = drizzle(client, { schema });
		try {
			await migrate(orm, { migrationsFolder });
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

/** This process's database, opened (and migrated) on first use from DATABASE_URL / DATA_DIR. */
export function getDb(): Promise<Db> {
	current ??= openDb({
		databaseUrl: process.env.DATABASE_URL || undefined,
		dataDir: process.env.DATA_DIR || undefined
	}).catch((error: unknown) => {
		current = undefined;
		throw error;
	});
	return current;
}

/** Closes this process's database, if it was opened. */
export async function closeDb(): Promise<void> {
	const db = current;
	current = undefined;
	if (db) await (await db).close();
}
