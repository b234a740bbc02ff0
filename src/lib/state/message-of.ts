/**
 * The one way to turn a caught error into words for the person: storage failures get a full
 * sentence in the UI language naming the reason and what to do; anything else keeps its own
 * message.
 */
import type { BaseMessages, Locale } from '$lib/i18n';
import { formatBytes } from '$lib/i18n/format';
import { StorageError, toStorageError } from '$lib/storage/errors';

/** What messageOf needs of the settings: the catalogue and its language. */
export interface MessageSource {
	readonly t: BaseMessages;
	readonly locale: Locale;
}

/** IndexedDB's own failures (by DOMException name) that are explained as storage errors. */
const STORAGE_FAILURES = new Set([
	'QuotaExceededError',
	'VersionError',
	'InvalidStateError',
	'UnknownError',
	'SecurityError'
]);

/** A caught error as a sentence in the UI language. */
export function messageOf(error: unknown, source: MessageSource): string {
	const name = error instanceof Error || error instanceof DOMException ? error.name : '';
	if (!(error instanceof StorageError) && !STORAGE_FAILURES.has(name)) {
		const own = error instanceof Error ? error.message : String(error);
		// A browser error without words (some DOMExceptions have none) still gets a sentence.
		return own.trim() || source.t.storageErrors.unknown(name || 'Error');
	}
	const failure = toStorageError(error);
	const t = source.t.storageErrors;
	switch (failure.kind) {
		case 'quota': {
			const u = failure.usage;
			const usage = u
				? t.quotaUsage(formatBytes(u.usage, source.locale), formatBytes(u.quota, source.locale))
				: '';
			return t.quota(usage);
		}
		case 'blocked':
		case 'conflict':
		case 'version':
		case 'unavailable':
		case 'corrupt':
			return t[failure.kind];
		default:
			return t.unknown(failure.message || failure.name);
	}
}
