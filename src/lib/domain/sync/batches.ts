/**
 * How the phone cuts its outbox into pushes: at most PUSH_BATCH records, and never more bytes
 * than the team server takes in one push (BODY_LIMITS.records), so no push is refused whole for
 * its size. A record too large to go even alone is set apart for a person to see.
 */
import { BODY_LIMITS } from './limits.js';
import { PUSH_BATCH } from './protocol';

/** Room left in a push body for everything but the records (device id, key, signature). */
export const PUSH_ENVELOPE_BYTES = 2048;

export interface PushBatches<T> {
	batches: T[][];
	/** Records larger than a whole push may be. */
	tooLarge: T[];
}

const utf8 = new TextEncoder();

/** The records in order, cut into pushes by count and by the bytes of their JSON. */
export function pushBatches<T>(
	records: readonly T[],
	{ maxCount = PUSH_BATCH, maxBytes = BODY_LIMITS.records } = {}
): PushBatches<T> {
	const room = maxBytes - PUSH_ENVELOPE_BYTES;
	const batches: T[][] = [];
	const tooLarge: T[] = [];
	let batch: T[] = [];
	let bytes = 0;
	for (const record of records) {
		// The array's brackets and a comma between records.
		const size = utf8.encode(JSON.stringify(record)).length + 1;
		if (size + 1 > room) {
			tooLarge.push(record);
			continue;
		}
		if (batch.length === maxCount || bytes + size + 1 > room) {
			batches.push(batch);
			batch = [];
			bytes = 0;
		}
		batch.push(record);
		bytes += size;
	}
	if (batch.length > 0) batches.push(batch);
	return { batches, tooLarge };
}
