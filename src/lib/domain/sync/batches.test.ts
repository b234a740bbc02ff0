import { describe, expect, it } from 'vitest';
import { PUSH_ENVELOPE_BYTES, pushBatches } from './batches';

const record = (id: string, bytes: number) => ({ id, pad: 'x'.repeat(bytes) });
/** The bytes a record takes in a push (its JSON and a comma). */
const sizeOf = (r: unknown) => new TextEncoder().encode(JSON.stringify(r)).length + 1;

describe('pushBatches', () => {
	it('cuts by count: 120 small records go as 50, 50 and 20', () => {
		const records = Array.from({ length: 120 }, (_, i) => record(String(i), 10));
		const { batches, tooLarge } = pushBatches(records);
		expect(batches.map((b) => b.length)).toEqual([50, 50, 20]);
		expect(batches.flat()).toEqual(records);
		expect(tooLarge).toEqual([]);
	});

	it('cuts by bytes: a batch never holds more than the push limit', () => {
		const records = Array.from({ length: 5 }, (_, i) => record(String(i), 300));
		const maxBytes = PUSH_ENVELOPE_BYTES + 1 + 2 * sizeOf(records[0]);
		const { batches } = pushBatches(records, { maxBytes });
		expect(batches.map((b) => b.length)).toEqual([2, 2, 1]);
		// One byte less and only one fits.
		expect(pushBatches(records, { maxBytes: maxBytes - 1 }).batches.map((b) => b.length)).toEqual([
			1, 1, 1, 1, 1
		]);
	});

	it('sets apart a record larger than a whole push and sends the others (Korean text counts in UTF-8 bytes)', () => {
		const big = { id: 'big', pad: '가'.repeat(1000) };
		const small = record('s', 10);
		const maxBytes = PUSH_ENVELOPE_BYTES + 2000;
		const { batches, tooLarge } = pushBatches([small, big, small], { maxBytes });
		expect(tooLarge).toEqual([big]);
		expect(batches).toEqual([[small, small]]);
	});
});
