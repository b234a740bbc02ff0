/** Typed storage failures, each with a reason the UI can explain in words. */

export type StorageErrorKind =
	| 'quota' // the disk or the origin's quota is full
	| 'blocked' // an older version of the app holds the database open in another tab
	| 'version' // the database was written by a newer version of the app
	| 'unavailable' // IndexedDB is missing or disabled (private mode, policy)
	| 'corrupt' // a stored record failed validation
	| 'conflict' // the record was changed elsewhere (another tab) since this copy was read
	| 'unknown';

export class StorageError extends Error {
	readonly kind: StorageErrorKind;
	/** For a quota error: what the origin used of its quota when it happened, if known. */
	usage?: { usage: number; quota: number };

	constructor(kind: StorageErrorKind, message: string, options?: { cause?: unknown }) {
		super(message, options);
		this.name = 'StorageError';
		this.kind = kind;
	}
}

/** Maps whatever IndexedDB threw to a StorageError. */
export function toStorageError(error: unknown): StorageError {
	if (error instanceof StorageError) return error;
	const name = error instanceof Error || error instanceof DOMException ? error.name : '';
	const message = error instanceof Error ? error.message : String(error);
	if (name === 'QuotaExceededError' || /quota/i.test(message)) {
		return new StorageError('quota', message, { cause: error });
	}
	if (name === 'VersionError') return new StorageError('version', message, { cause: error });
	if (name === 'InvalidStateError' || name === 'UnknownError' || name === 'SecurityError') {
		return new StorageError('unavailable', message, { cause: error });
	}
	return new StorageError('unknown', message, { cause: error });
}
