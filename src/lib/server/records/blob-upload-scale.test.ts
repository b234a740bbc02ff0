import { asc, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { addRecording } from '$lib/domain/editing/recordings';
import { ctxAt } from '$lib/testing/builders';
import type { Db } from '../db';
import { blobUploadParts, blobUploads } from '../db/schema';
import { testDatabaseKinds } from '../../testing/server-db';
import { evaluationOf, pushAs, type Team, withTeamDb } from '../../testing/server-team';
import { recordingOf, sha256Hex } from '../../testing/server-recordings';
import { blobState, parseContentRange, putBlob } from './blobs';

const PART = 256 * 1024;
const PARTS = 24;

// How a long upload is kept: each part as its own row, never appended to what arrived before
// (that copied everything so far at every part: quadratic for a call recording's copy). The
// time it takes is printed by the upload part of `npm run bench:server`, not asserted here.
describe.each(testDatabaseKinds())('a long recording’s upload (%s)', (kind) => {
	let db: Db;
	let tm: Team;
	withTeamDb(kind, (ready) => ({ db, tm } = ready));

	it('keeps each part as it arrived and joins them once, when the last one comes', async () => {
		const bytes = new Uint8Array(PART * PARTS - 1000);
		for (let i = 0; i < bytes.length; i += 512) bytes[i] = (i / 512) % 251;
		const sha256 = await sha256Hex(bytes);
		const copy = { bytes, sha256, copyId: `sha256-${sha256}`, durationMs: 300_000 };
		const e = addRecording(
			evaluationOf(tm.campaignId),
			recordingOf(copy),
			ctxAt(undefined, tm.shopper.deviceId)
		);
		expect((await pushAs(db, tm.shopper, [e])).results[0]?.missingBlobs).toEqual([copy.copyId]);
		const partRows = async () =>
			db.orm
				.select({
					start: blobUploadParts.start,
					size: sql<number>`length(${blobUploadParts.bytes})`
				})
				.from(blobUploadParts)
				.where(eq(blobUploadParts.sha256, sha256))
				.orderBy(asc(blobUploadParts.start));
		for (let n = 0, start = 0; start < bytes.length; n++, start += PART) {
			const end = Math.min(bytes.length, start + PART) - 1;
			const last = await putBlob(
				db,
				tm.shopper.session,
				sha256,
				parseContentRange(`bytes ${start}-${end}/${bytes.length}`, end - start + 1),
				bytes.subarray(start, end + 1)
			);
			if (end < bytes.length - 1) {
				// One row more per part, the earlier rows as they were, the first value untouched.
				const rows = await partRows();
				expect(rows.map((r) => [r.start, Number(r.size)])).toEqual(
					Array.from({ length: n + 1 }, (_, i) => [i * PART, PART])
				);
				const [upload] = await db.orm
					.select({ received: sql<number>`length(${blobUploads.received})` })
					.from(blobUploads)
					.where(eq(blobUploads.sha256, sha256));
				expect(Number(upload?.received)).toBe(0);
				expect(last).toEqual({ status: 202, offset: end + 1 });
			} else {
				expect(last).toEqual({ status: 201, offset: bytes.length });
			}
		}
		expect(await partRows()).toEqual([]);
		expect(await blobState(db, tm.shopper.session, sha256)).toEqual({
			stored: true,
			size: bytes.length
		});
	}, 120_000);
});
