/**
 * The app's one IndexedDB database: the only place that opens it, declares its stores and
 * upgrades them. Records are stored as plain JSON-like objects and parsed with zod by the
 * module that owns each store. An open never hangs silently: an older tab that holds the
 * database open, or an open that is slow to be answered, is told (see `onDatabaseEvent`); a
 * page kept in the back/forward cache holds no connection and never leaves an open half-done.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { StorageError, toStorageError } from './errors';
import { estimateStorage } from './persistence';

export const DB_NAME = 'ks-s-1006';
/** Bump with a new `upgrade` step; never edit a released step. */
export const DB_VERSION = 4;

export interface AppDB extends DBSchema {
	campaigns: { key: string; value: { id: string } };
	evaluations: {
		key: string;
		value: { id: string };
		indexes: { campaignId: string };
	};
	/** Small per-evaluation rows for lists and badges, written with each evaluation. */
	summaries: {
		key: string;
		value: { id: string; updatedAt: number };
		indexes: { updatedAt: number };
	};
	photos: {
		key: string;
		value: { id: string; evaluationId: string };
		indexes: { evaluationId: string };
	};
	/** Call recordings' audio: the shopper's originals and the shared copies (recordings.ts). */
	recordings: {
		key: string;
		value: { id: string; evaluationId: string };
		indexes: { evaluationId: string };
	};
	/** Device-level records: the signing key pair, auditor checklists. */
	meta: { key: string; value: { id: string } };
	/** Incoming copies of evaluations that conflict with the local one, kept for a person. */
	conflicts: {
		key: string;
		value: { key: string; evaluationId: string };
		indexes: { evaluationId: string };
	};
	/**
	 * Evaluations waiting to be pushed to the team server: one row per evaluation naming the
	 * latest version to push (the record itself is read when pushing), written in the same
	 * transaction as the record (see outbox.ts).
	 */
	outbox: { key: string; value: { id: string; version: number } };
	/** Sound files shared into the app (the service worker puts them; see share-inbox.ts). */
	'share-inbox': { key: string; value: { id: string } };
}

export type AppDatabase = IDBPDatabase<AppDB>;

import { emit } from './db-events';
export { onDatabaseEvent, type DatabaseEvent } from './db-events';

/** After this long without an answer to the open, the person is told it waits. */
export const OPEN_PATIENCE_MS = 2_000;
/** Opens that failed for a passing reason (an upgrade elsewhere rolled back) are tried again. */
const OPEN_RETRIES = 3;
/**
 * Held (shared) while an open is under way. A page that leaves while it holds a Web Lock is
 * not kept in the back/forward cache ("lock"), so no page is ever frozen half-way through an
 * open or an upgrade: such a page would hold the database's queue, and every later open in
 * the browser would wait for good, without even a `blocked` event.
 */
const OPEN_LOCK = `${DB_NAME}-open`;

/** The stores of DB_VERSION: name, key path and the indexes (each on the field of its name). */
const STORES = [
	['campaigns', 'id', []],
	['evaluations', 'id', ['campaignId']],
	['summaries', 'id', ['updatedAt']],
	['photos', 'id', ['evaluationId']],
	['meta', 'id', []],
	['conflicts', 'key', ['evaluationId']],
	['outbox', 'id', []],
	['recordings', 'id', ['evaluationId']],
	['share-inbox', 'id', []]
] as const;

let connection: Promise<AppDatabase> | undefined;
/** The database `connection` resolved to, so a write can start in the task that asked for it. */
let opened: { from: Promise<AppDatabase>; db: AppDatabase } | undefined;
/** Set once a newer version took the database over: this tab's code must not write again. */
let replaced = false;
/** Calls of `withDb` under way on each connection: a connection retired on `pagehide`… */
const users = new Map<AppDatabase, number>();
/** …closes when its last one ends. */
const retiring = new Set<AppDatabase>();

/** The open database (opened once, reopened after it was closed). */
export function getDb(): Promise<AppDatabase> {
	if (replaced) {
		return Promise.reject(
			new StorageError('version', 'A newer version of the app took over the database')
		);
	}
	if (connection) return connection;
	const pending = openPatiently().catch((error: unknown) => {
		connection = undefined;
		throw toStorageError(error);
	});
	connection = pending;
	void pending.then(
		(db) => (opened = { from: pending, db }),
		() => undefined
	);
	return pending;
}

/** The open database when it is open and still current; undefined while (re)opening. */
function openNow(): AppDatabase | undefined {
	return opened !== undefined && opened.from === connection && !replaced ? opened.db : undefined;
}

/** Opens, saying so when the answer is slow, and tries again after a passing failure. */
async function openPatiently(): Promise<AppDatabase> {
	let slow = false;
	const timer = setTimeout(() => {
		slow = true;
		emit({ type: 'waiting' });
	}, OPEN_PATIENCE_MS);
	try {
		for (let attempt = 0; ; attempt++) {
			try {
				const db = await underOpenLock(open);
				if (slow) emit({ type: 'opened' });
				return db;
			} catch (error) {
				const failure = toStorageError(error);
				if (!passing(failure) || attempt >= OPEN_RETRIES) throw failure;
				slow = true;
				emit({ type: 'waiting' });
				await new Promise((resolve) => setTimeout(resolve, 250 * 2 ** attempt));
			}
		}
	} finally {
		clearTimeout(timer);
	}
}

/** A failure another try may not meet: an upgrade aborted elsewhere, a connection lost. */
function passing(failure: StorageError): boolean {
	const name = (failure.cause as { name?: unknown } | undefined)?.name;
	return name === 'AbortError' || (failure.kind === 'unavailable' && name === 'UnknownError');
}

async function underOpenLock<T>(fn: () => Promise<T>): Promise<T> {
	const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
	return locks ? await locks.request(OPEN_LOCK, fn) : await fn();
}

async function open(): Promise<AppDatabase> {
	if (typeof indexedDB === 'undefined') {
		throw new StorageError('unavailable', 'IndexedDB is not available in this browser');
	}
	let wasBlocked = false;
	const db = await openDB<AppDB>(DB_NAME, DB_VERSION, {
		upgrade(database) {
			// Every store is made when it is missing, not by the old version number alone: a
			// database left empty at an older version (another open that came first, a first
			// upgrade rolled back) still gets every store instead of failing on its first read.
			for (const [name, keyPath, indexes] of STORES) {
				if (database.objectStoreNames.contains(name)) continue;
				// The typed store knows its indexes only by name; here they come from the table.
				const store: { createIndex(name: string, keyPath: string): unknown } =
					database.createObjectStore(name, { keyPath });
				for (const index of indexes) store.createIndex(index, index);
			}
		},
		blocked() {
			wasBlocked = true;
			emit({ type: 'blocked' });
		},
		blocking() {
			// A newer version is opening in another tab: step aside so it is not blocked, and
			// never reopen with this (older) code, even if the upgrade is rolled back.
			db.close();
			users.delete(db);
			retiring.delete(db);
			connection = undefined;
			replaced = true;
			emit({ type: 'versionchange' });
		},
		terminated() {
			users.delete(db);
			retiring.delete(db);
			connection = undefined;
			emit({ type: 'terminated' });
		}
	});
	if (wasBlocked) emit({ type: 'unblocked' });
	return db;
}

/**
 * Closes the connection once the writes under way end; the next use opens it again. A page
 * kept in the back/forward cache (or frozen in the background) so never holds the database:
 * another tab's upgrade, or this app's next page, would wait on it.
 */
function retire(): void {
	const pending = connection;
	connection = undefined;
	void pending?.then(
		(db) => {
			if ((users.get(db) ?? 0) === 0) db.close();
			else retiring.add(db);
		},
		() => undefined
	);
}

if (typeof window !== 'undefined') {
	let afterHide: ReturnType<typeof setTimeout> | undefined;
	// Not in the `pagehide` event itself: the writes that leaving the page starts (a draft's
	// last save) run on this connection rather than on a new one opened while the page goes.
	window.addEventListener('pagehide', (event) => {
		if (event.persisted) afterHide = setTimeout(retire, 0);
	});
	window.addEventListener('pageshow', () => clearTimeout(afterHide));
	// Chromium says when it freezes the page (for the cache, or a tab long in the background),
	// after those writes have been sent.
	document.addEventListener('freeze', () => {
		clearTimeout(afterHide);
		retire();
	});
}

/** Closes the connection (tests, and before deleting the database). */
export async function closeDb(): Promise<void> {
	const pending = connection;
	connection = undefined;
	if (pending) (await pending.catch(() => undefined))?.close();
}

/** Runs `fn` against the database, turning every failure into a StorageError. */
export async function withDb<T>(fn: (db: AppDatabase) => Promise<T>): Promise<T> {
	let db: AppDatabase | undefined;
	try {
		// With the database open, `fn` starts in the caller's task: a write's requests leave
		// before the page renders what changed, rather than a microtask after it.
		db = openNow() ?? (await getDb());
		users.set(db, (users.get(db) ?? 0) + 1);
		return await fn(db);
	} catch (error) {
		const failure = toStorageError(error);
		// A full disk is explained with how much is used, so the person knows what to free.
		if (failure.kind === 'quota') failure.usage ??= (await estimateStorage()) ?? undefined;
		throw failure;
	} finally {
		if (db) release(db);
	}
}

function release(db: AppDatabase): void {
	const left = (users.get(db) ?? 1) - 1;
	if (left > 0) {
		users.set(db, left);
		return;
	}
	users.delete(db);
	if (retiring.delete(db)) db.close();
}
