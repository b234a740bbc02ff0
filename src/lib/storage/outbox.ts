/**
 * The outbox: which evaluations still have to reach the team server. One row per evaluation
 * names the latest version to push; the record itself is read when pushing. Every write of an
 * evaluation that should travel (saves, deletions, imports, conflict resolutions) queues its
 * row with `queueInTx` inside its own transaction, so a record is never stored without its
 * row, nor a row without its record. Rows are kept in solo mode too: linking a team later
 * pushes what was made before.
 */
import type { IDBPObjectStore, StoreNames } from 'idb';
import type { Evaluation } from '$lib/domain/record';
import { withDb, type AppDB } from './db';

export interface OutboxRow {
	/** The evaluation's id. */
	id: string;
	/** The version to push. */
	version: number;
	campaignId: string;
	queuedAt: number;
	/** Failed pushes of this version. */
	attempts: number;
	/** Not pushed before this time (epoch ms; 0 = at once). */
	nextAttemptAt: number;
	/** Why the last push of this version did not go through. */
	lastError?: string;
	/** Refused by the server (403, 422): not sent again until the record changes. */
	refused?: boolean;
}

/** The row that queues a version of an evaluation (a new version resets its attempts). */
export function outboxRow(e: Pick<Evaluation, 'id' | 'version' | 'campaignId'>, now: number) {
	return {
		id: e.id,
		version: e.version,
		campaignId: e.campaignId,
		queuedAt: now,
		attempts: 0,
		nextAttemptAt: 0
	} satisfies OutboxRow;
}

/**
 * Queues `evaluation` for pushing inside the caller's transaction: pass that transaction's
 * `objectStore('outbox')`. The one place a write of an evaluation queues its push.
 */
export function queueInTx<S extends ArrayLike<StoreNames<AppDB>>>(
	outbox: IDBPObjectStore<AppDB, S, 'outbox', 'readwrite'>,
	evaluation: Pick<Evaluation, 'id' | 'version' | 'campaignId'>,
	now: number
): Promise<unknown> {
	// Listeners hear of it once the transaction committed (never for an aborted one).
	outbox.transaction.done.then(notify, () => undefined);
	return outbox.put(outboxRow(evaluation, now));
}

const listeners = new Set<() => void>();

/** Calls `listener` after each committed write that queued a push; returns the unsubscribe. */
export function onOutboxQueued(listener: () => void): () => void {
	listeners.add(listener);
	return () => listeners.delete(listener);
}

function notify(): void {
	for (const l of listeners) l();
}

function parseRow(row: unknown): OutboxRow | undefined {
	const r = row as Partial<OutboxRow> | undefined;
	if (!r || typeof r.id !== 'string' || typeof r.version !== 'number') return undefined;
	if (typeof r.campaignId !== 'string') return undefined;
	return r as OutboxRow;
}

/** Every queued row, oldest first. */
export async function listOutbox(): Promise<OutboxRow[]> {
	const rows = await withDb((db) => db.getAll('outbox'));
	return rows
		.map(parseRow)
		.filter((r): r is OutboxRow => r !== undefined)
		.sort((a, b) => a.queuedAt - b.queuedAt || (a.id < b.id ? -1 : 1));
}

/** How many evaluations wait to be pushed. */
export async function countOutbox(): Promise<number> {
	return withDb((db) => db.count('outbox'));
}

/** One row, or undefined. */
export async function getOutboxRow(id: string): Promise<OutboxRow | undefined> {
	return parseRow(await withDb((db) => db.get('outbox', id)));
}

/** Removes a row once its version reached the server, unless the record changed meanwhile. */
export async function removeIfVersion(id: string, version: number): Promise<boolean> {
	return withDb(async (db) => {
		const tx = db.transaction('outbox', 'readwrite');
		const row = parseRow(await tx.store.get(id));
		const remove = row !== undefined && row.version <= version;
		if (remove) await tx.store.delete(id);
		await tx.done;
		return remove;
	});
}

/** Updates a row's attempt bookkeeping, unless a newer version was queued meanwhile. */
export async function markOutbox(
	id: string,
	version: number,
	patch: Partial<Pick<OutboxRow, 'attempts' | 'nextAttemptAt' | 'lastError' | 'refused'>>
): Promise<void> {
	await withDb(async (db) => {
		const tx = db.transaction('outbox', 'readwrite');
		const row = parseRow(await tx.store.get(id));
		if (row && row.version === version) await tx.store.put({ ...row, ...patch });
		await tx.done;
	});
}
