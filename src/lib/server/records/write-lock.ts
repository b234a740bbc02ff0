// The one write lock of the records. Every write that takes a cursor position (a push, a
// review step, a release, a dispute decision, a reading refreshed, a blob completing records)
// runs under it, so cursor positions are handed out in commit order and a pull never skips
// a record committed later with a smaller position. Smaller per-key locks serialise work
// that takes no position (one upload of a hash, one campaign's plan).
import { sql } from 'drizzle-orm';
import type { Orm } from '../db';

/** The next cursor position (only inside `withWriteLock`). */
export const nextSeq = sql`nextval(pg_get_serial_sequence('evaluations', 'seq'))`;

/** Runs `fn` in one transaction holding the write lock from its first statement. */
export async function withWriteLock<T>(db: Orm, fn: (tx: Orm) => Promise<T>): Promise<T> {
	return db.transaction(async (txRaw) => {
		const tx = txRaw as unknown as Orm;
		await takeWriteLock(tx);
		return fn(tx);
	});
}

/**
 * Takes the write lock for the rest of a transaction already under way (a blob upload takes
 * it only once the upload completes, so uploads do not wait on pushes).
 */
export async function takeWriteLock(tx: Orm): Promise<void> {
	await tx.execute(sql`select pg_advisory_xact_lock(1006)`);
}

/** Runs `fn` in one transaction holding the lock `space` for `key` (not the write lock). */
export async function withKeyLock<T>(
	db: Orm,
	space: KeyLock,
	key: string,
	fn: (tx: Orm) => Promise<T>
): Promise<T> {
	return db.transaction(async (txRaw) => {
		const tx = txRaw as unknown as Orm;
		await tx.execute(sql`select pg_advisory_xact_lock(${keyLocks[space]}, hashtext(${key}))`);
		return fn(tx);
	});
}

/** The per-key lock spaces: one upload of a hash, one campaign's plan. */
const keyLocks = { blob: 1007, plan: 1011 } as const;
export type KeyLock = keyof typeof keyLocks;
