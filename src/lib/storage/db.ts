/**
 * The app's one IndexedDB database: the only place that opens it, declares its stores and
 * upgrades them. Records are stored as plain JSON-like objects and parsed with zod by the
 * module that owns each store. An older tab that holds the database open never makes a newer
 * one hang silently: both sides are told (see `onDatabaseEvent`).
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { StorageError, toStorageError } from './errors';
import { estimateStorage } from './persistence';

export const DB_NAME = 'ks-s-1006';
/** Bump with a new `upgrade` step; never edit a released step. */
export const DB_VERSION = 3;

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
}

export type AppDatabase = IDBPDatabase<AppDB>;

export type DatabaseEvent =
	| { type: 'blocked' } // we wait for an older tab to close
	| { type: 'unblocked' }
	| { type: 'versionchange' } // a newer tab wants to upgrade: this tab closed its connection
	| { type: 'terminated' }; // the browser closed the connection abnormally

const listeners = new Set<(event: DatabaseEvent) => void>();

/** Subscribes to connection events; returns the unsubscribe function. */
export function onDatabaseEvent(listener: (event: DatabaseEvent) => void): () => void {
	listeners.add(listener);
	return () => listeners.delete(listener);
}

function emit(event: DatabaseEvent) {
	for (const l of listeners) l(event);
}

let connection: Promise<AppDatabase> | undefined;
/** Set once a newer version took the database over: this tab's code must not write again. */
let replaced = false;

/** The open database (opened once, reopened after it was closed). */
export function getDb(): Promise<AppDatabase> {
	if (replaced) {
		return Promise.reject(
			new StorageError('version', 'A newer version of the app took over the database')
		);
	}
	connection ??= open().catch((error: unknown) => {
		connection = undefined;
		throw toStorageError(error);
	});
	return connection;
}

async function open(): Promise<AppDatabase> {
	if (typeof indexedDB === 'undefined') {
		throw new StorageError('unavailable', 'IndexedDB is not available in this browser');
	}
	let wasBlocked = false;
	const db = await openDB<AppDB>(DB_NAME, DB_VERSION, {
		upgrade(database, oldVersion) {
			if (oldVersion < 1) {
				database.createObjectStore('campaigns', { keyPath: 'id' });
				const evaluations = database.createObjectStore('evaluations', { keyPath: 'id' });
				evaluations.createIndex('campaignId', 'campaignId');
				const summaries = database.createObjectStore('summaries', { keyPath: 'id' });
				summaries.createIndex('updatedAt', 'updatedAt');
				const photos = database.createObjectStore('photos', { keyPath: 'id' });
				photos.createIndex('evaluationId', 'evaluationId');
				database.createObjectStore('meta', { keyPath: 'id' });
			}
			if (oldVersion < 2) {
				const conflicts = database.createObjectStore('conflicts', { keyPath: 'key' });
				conflicts.createIndex('evaluationId', 'evaluationId');
			}
			if (oldVersion < 3) {
				database.createObjectStore('outbox', { keyPath: 'id' });
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
			connection = undefined;
			replaced = true;
			emit({ type: 'versionchange' });
		},
		terminated() {
			connection = undefined;
			emit({ type: 'terminated' });
		}
	});
	if (wasBlocked) emit({ type: 'unblocked' });
	return db;
}

/** Closes the connection (tests, and before deleting the database). */
export async function closeDb(): Promise<void> {
	const pending = connection;
	connection = undefined;
	if (pending) (await pending.catch(() => undefined))?.close();
}

/** Runs `fn` against the database, turning every failure into a StorageError. */
export async function withDb<T>(fn: (db: AppDatabase) => Promise<T>): Promise<T> {
	try {
		return await fn(await getDb());
	} catch (error) {
		const failure = toStorageError(error);
		// A full disk is explained with how much is used, so the person knows what to free.
		if (failure.kind === 'quota') failure.usage ??= (await estimateStorage()) ?? undefined;
		throw failure;
	}
}
