import { sql } from 'drizzle-orm';
import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { freshDataDir, withScratchPostgres } from '../../testing/server-db';
import { closeDb, getDb, getReadDb, openDb, preparedStatements, rowsOf } from './index';

const saved = { ...process.env };
afterEach(async () => {
	await closeDb();
	for (const key of ['DATABASE_URL', 'DATABASE_READ_URL', 'DATA_DIR', 'PGBOUNCER']) {
		if (saved[key] === undefined) delete process.env[key];
		else process.env[key] = saved[key];
	}
});

describe('preparedStatements', () => {
	it('is on unless pgbouncer or DATABASE_PREPARE says otherwise', () => {
		expect(preparedStatements({})).toBe(true);
		expect(preparedStatements({ PGBOUNCER: '1' })).toBe(false);
		expect(preparedStatements({ PGBOUNCER: 'true' })).toBe(false);
		expect(preparedStatements({ PGBOUNCER: '0' })).toBe(true);
		expect(preparedStatements({ DATABASE_PREPARE: 'false' })).toBe(false);
		expect(preparedStatements({ DATABASE_PREPARE: 'true' })).toBe(true);
	});
});

describe('getReadDb', () => {
	it('is the primary itself on the embedded database, even with DATABASE_READ_URL set', async () => {
		const dir = freshDataDir('ks1006-read-');
		try {
			delete process.env.DATABASE_URL;
			process.env.DATA_DIR = dir;
			process.env.DATABASE_READ_URL = 'postgres://nobody@127.0.0.1:1/none';
			const read = await getReadDb();
			expect(read).toBe(await getDb());
			expect(read.kind).toBe('pglite');
		} finally {
			await closeDb();
			rmSync(dir, { recursive: true, force: true });
		}
	}, 60_000);

	const admin = process.env.TEST_DATABASE_URL;
	it.skipIf(!admin)(
		'opens a second pool on PostgreSQL that sees what the primary wrote',
		async () => {
			await withScratchPostgres(admin!, async (url) => {
				process.env.DATABASE_URL = url.toString();
				// The same database under a second address stands in for a replica here.
				url.searchParams.set('application_name', 'ks1006-read');
				process.env.DATABASE_READ_URL = url.toString();
				process.env.PGBOUNCER = '1';
				const primary = await getDb();
				const read = await getReadDb();
				expect(read).not.toBe(primary);
				expect(read.kind).toBe('postgres');
				await primary.orm.execute(
					sql`insert into organisations (id, name) values ('o-read', '읽기 확인')`
				);
				const rows = rowsOf<{ name: string; app: string }>(
					await read.orm.execute(
						sql`select name, current_setting('application_name') as app from organisations where id = 'o-read'`
					)
				);
				expect(rows).toEqual([{ name: '읽기 확인', app: 'ks1006-read' }]);
				// With PGBOUNCER=1 (pgbouncer's transaction mode) the same queries run again.
				expect(await read.migrationCount()).toBe(await primary.migrationCount());
				// Closed before the database is dropped.
				await closeDb();
			});
		},
		60_000
	);

	it.skipIf(!admin)(
		'does not migrate a read-only database',
		async () => {
			await withScratchPostgres(admin!, async (url) => {
				const db = await openDb({ databaseUrl: url.toString(), readOnly: true });
				const rows = rowsOf<{ n: number }>(
					await db.orm.execute(
						sql`select count(*)::int as n from information_schema.tables where table_schema = 'public'`
					)
				);
				expect(rows[0]?.n).toBe(0);
				await db.close();
			});
		},
		60_000
	);
});
