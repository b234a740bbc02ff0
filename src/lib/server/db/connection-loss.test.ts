// PostgreSQL connections that go away (a restart, a failover, an administrator's terminate):
// the process lives on, the query in flight fails with an error the API answers 503, and the
// pool opens fresh connections for the next queries.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { errorResponse } from '../http/errors';
import { adminQuery, freshDb } from '../../testing/server-db';
import { openDb, rowsOf, type Db } from './index';

describe('an unreachable PostgreSQL', () => {
	it('fails with an error the API answers 503', async () => {
		const error = await openDb({
			databaseUrl: 'postgres://nobody@127.0.0.1:1/none',
			connectionTimeoutMillis: 2_000
		}).then(
			() => undefined,
			(e: unknown) => e
		);
		expect(error).toBeInstanceOf(Error);
		const log = vi.spyOn(console, 'error').mockImplementation(() => {});
		try {
			const response = errorResponse(error);
			expect(response.status).toBe(503);
			expect((await response.json()).error).toBe('unavailable');
		} finally {
			log.mockRestore();
		}
	});
});

const admin = process.env.TEST_DATABASE_URL;
describe.skipIf(!admin)('PostgreSQL connections terminated under the pool', () => {
	let t: { db: Db; dispose(): Promise<void> };
	let database: string;
	beforeAll(async () => {
		t = await freshDb('postgres');
		database = rowsOf<{ name: string }>(
			await t.db.orm.execute(sql`select current_database() as name`)
		)[0]!.name;
	}, 60_000);
	afterAll(() => t?.dispose());

	const terminateAll = () =>
		adminQuery(
			admin!,
			`select pg_terminate_backend(pid) from pg_stat_activity where datname = '${database}' and pid <> pg_backend_pid()`
		);
	const backend = async () =>
		rowsOf<{ pid: number }>(await t.db.orm.execute(sql`select pg_backend_pid() as pid`))[0]!.pid;

	it('drops idle connections quietly and answers the next query on a new one', async () => {
		const log = vi.spyOn(console, 'error').mockImplementation(() => {});
		try {
			const before = await backend();
			await terminateAll();
			await vi.waitFor(() => expect(log).toHaveBeenCalled(), { timeout: 5_000 });
			expect(String(log.mock.calls[0]![0])).toContain('idle connection failed');
			expect(await backend()).not.toBe(before);
		} finally {
			log.mockRestore();
		}
	});

	it('fails a query in flight with a 503, in and out of a transaction, and recovers', async () => {
		const log = vi.spyOn(console, 'error').mockImplementation(() => {});
		try {
			for (const inTransaction of [false, true]) {
				const slow = inTransaction
					? t.db.orm.transaction(async (tx) => {
							await tx.execute(sql`select 1`);
							await tx.execute(sql`select pg_sleep(10)`);
						})
					: t.db.orm.execute(sql`select pg_sleep(10)`);
				const failed = slow.then(
					() => undefined,
					(e: unknown) => e
				);
				await vi.waitFor(
					async () => {
						const rows = rowsOf<{ n: number }>(
							await t.db.orm.execute(
								sql`select count(*)::int as n from pg_stat_activity where datname = current_database() and state = 'active' and query like 'select pg_sleep(10)%' and pid <> pg_backend_pid()`
							)
						);
						expect(rows[0]!.n).toBeGreaterThan(0);
					},
					{ timeout: 5_000 }
				);
				await terminateAll();
				const error = await failed;
				expect(error, `in a transaction: ${inTransaction}`).toBeInstanceOf(Error);
				const response = errorResponse(error);
				expect(response.status).toBe(503);
				expect(await response.json()).toEqual({
					error: 'unavailable',
					message: 'The database is restarting; try again in a moment.'
				});
				// The pool goes on with new connections.
				expect(rowsOf<{ n: number }>(await t.db.orm.execute(sql`select 1 as n`))[0]!.n).toBe(1);
			}
		} finally {
			log.mockRestore();
		}
	}, 30_000);
});
