import { describe, expect, it } from 'vitest';
import { MAX_COPY_BYTES } from '$lib/domain/recording/copy';
import type { Db } from '../db';
import { testDatabaseKinds } from '../../testing/server-db';
import { evaluationOf, pushAs, type Team, withTeamDb } from '../../testing/server-team';
import { recordingOf, sha256Hex } from '../../testing/server-recordings';
import { addRecording } from '$lib/domain/editing/recordings';
import { MAX_RECORDING_MS } from '$lib/domain/record/common';
import { ctxAt } from '$lib/testing/builders';
import { blobState, parseContentRange, putBlob } from './blobs';

const PART = 256 * 1024;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

describe.each(testDatabaseKinds())('a long recording’s upload (%s)', (kind) => {
	let db: Db;
	let tm: Team;
	withTeamDb(kind, (ready) => ({ db, tm } = ready));

	it('stays linear: the last parts of an hour-long copy take as long as the first', async () => {
		// An hour at 8 kHz (57.6 MB): what arrives is never copied again until the end.
		const bytes = new Uint8Array(MAX_COPY_BYTES);
		for (let i = 0; i < bytes.length; i += 4096) bytes[i] = (i / 4096) % 251;
		const sha256 = await sha256Hex(bytes);
		const copy = { bytes, sha256, copyId: `sha256-${sha256}`, durationMs: MAX_RECORDING_MS };
		const e = addRecording(
			evaluationOf(tm.campaignId),
			recordingOf(copy),
			ctxAt(undefined, tm.shopper.deviceId)
		);
		expect((await pushAs(db, tm.shopper, [e])).results[0]?.missingBlobs).toEqual([copy.copyId]);
		const times: number[] = [];
		const started = performance.now();
		let last;
		for (let start = 0; start < bytes.length; start += PART) {
			const end = Math.min(bytes.length, start + PART) - 1;
			const t = performance.now();
			last = await putBlob(
				db,
				tm.shopper.session,
				sha256,
				parseContentRange(`bytes ${start}-${end}/${bytes.length}`, end - start + 1),
				bytes.subarray(start, end + 1)
			);
			times.push(performance.now() - t);
		}
		const total = performance.now() - started;
		expect(last).toEqual({ status: 201, offset: bytes.length });
		expect(await blobState(db, tm.shopper.session, sha256)).toEqual({
			stored: true,
			size: bytes.length
		});
		const parts = times.slice(0, -1);
		const first = median(parts.slice(0, 20));
		const lastParts = median(parts.slice(-20));
		console.log(
			`${kind}: ${times.length} parts of 256 KB (${(bytes.length / 1e6).toFixed(1)} MB) in ${(total / 1000).toFixed(1)} s; median part ${first.toFixed(1)} ms first 20, ${lastParts.toFixed(1)} ms last 20; joining at the end ${times.at(-1)!.toFixed(0)} ms`
		);
		// Each part is stored on its own: a late part costs what an early one did.
		expect(lastParts).toBeLessThan(first * 4 + 20);
	}, 300_000);
});
