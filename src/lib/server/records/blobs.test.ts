import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Db } from '../db';
import { blobUploads, evaluations } from '../db/schema';
import { testDatabaseKinds } from '../../testing/server-db';
import { MAX_COPY_BYTES } from '$lib/domain/recording/copy';
import { blobState, parseContentRange, putBlob } from './blobs';
import { getBlob } from './blob-read';
import { pull } from './pull';
import { evaluationOf, person, pushAs, type Team, withTeamDb } from '../../testing/server-team';

async function hexOf(bytes: Uint8Array): Promise<string> {
	const d = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
	return Array.from(d, (b) => b.toString(16).padStart(2, '0')).join('');
}

const photo = (n: number, seed: number) =>
	Uint8Array.from({ length: n }, (_, i) => (i * seed) % 251);

describe.each(testDatabaseKinds())('blobs (%s)', (kind) => {
	let db: Db;
	let tm: Team;
	withTeamDb(kind, (ready) => ({ db, tm } = ready));

	it('resumes an upload in two parts, refuses a wrong offset, then completes the record', async () => {
		const bytes = photo(3000, 7);
		const hash = await hexOf(bytes);
		const e = evaluationOf(tm.campaignId, { values: { 'A1-01': 'met' } });
		const withPhoto = {
			...e,
			answers: { 'A1-01': { ...e.answers['A1-01']!, evidenceIds: [`sha256-${hash}`] } }
		};
		await pushAs(db, tm.shopper, [withPhoto]);
		const s = tm.shopper.session;
		expect(await blobState(db, s, hash)).toEqual({ stored: false, offset: 0 });
		const first = await putBlob(
			db,
			s,
			hash,
			parseContentRange('bytes 0-999/3000', 1000),
			bytes.subarray(0, 1000)
		);
		expect(first).toEqual({ status: 202, offset: 1000 });
		expect(await blobState(db, s, hash)).toEqual({ stored: false, offset: 1000 });
		await expect(
			putBlob(db, s, hash, parseContentRange('bytes 1500-2999/3000', 1500), bytes.subarray(1500))
		).rejects.toMatchObject({ status: 409, offset: 1000 });
		const before = (await db.orm.select().from(evaluations).where(eq(evaluations.id, e.id)))[0]!;
		const done = await putBlob(
			db,
			s,
			hash,
			parseContentRange('bytes 1000-2999/3000', 2000),
			bytes.subarray(1000)
		);
		expect(done).toEqual({ status: 201, offset: 3000 });
		expect(await blobState(db, s, hash)).toEqual({ stored: true, size: 3000 });
		const after = (await db.orm.select().from(evaluations).where(eq(evaluations.id, e.id)))[0]!;
		expect(after.missingBlobs).toEqual([]);
		expect(after.seq).toBeGreaterThan(before.seq);
		const item = (await pull(db, tm.coordinator.session, before.seq, 500)).items.find(
			(i) => i.evaluation.id === e.id
		);
		expect(item?.complete).toBe(true);
		expect(Array.from(await getBlob(db, tm.coordinator.session, hash))).toEqual(Array.from(bytes));
		// The manager cannot read an unreleased record, nor its photo; a stranger neither.
		await expect(getBlob(db, tm.manager.session, hash)).rejects.toMatchObject({ status: 403 });
		expect((await db.orm.select().from(blobUploads)).length).toBe(0);
	});

	it('discards bytes that do not match their hash (422)', async () => {
		const bytes = photo(500, 3);
		const wrong = await hexOf(photo(500, 5));
		await expect(
			putBlob(db, tm.shopper.session, wrong, parseContentRange(null, 500), bytes)
		).rejects.toMatchObject({ status: 422 });
		expect(await blobState(db, tm.shopper.session, wrong)).toEqual({ stored: false, offset: 0 });
		await expect(getBlob(db, tm.shopper.session, wrong)).rejects.toMatchObject({ status: 404 });
	});

	it('refuses photos from someone without a campaign role, and over 10 MB', async () => {
		const stranger = await person(db, '외부인');
		const bytes = photo(10, 1);
		await expect(
			putBlob(db, stranger.session, await hexOf(bytes), parseContentRange(null, 10), bytes)
		).rejects.toMatchObject({ status: 403 });
		// A photo over 10 MB: the total is read (a recording's copy may be larger), the photo
		// refused (413) and nothing kept.
		const over = 10 * 1024 * 1024 + 1;
		const head = photo(10, 2);
		const overHash = await hexOf(head);
		await expect(
			putBlob(db, tm.shopper.session, overHash, parseContentRange(`bytes 0-9/${over}`, 10), head)
		).rejects.toMatchObject({ status: 413 });
		expect(await blobState(db, tm.shopper.session, overHash)).toEqual({
			stored: false,
			offset: 0
		});
		expect(() => parseContentRange(`bytes 0-9/${MAX_COPY_BYTES + 1}`, 10)).toThrow(
			expect.objectContaining({ status: 413 })
		);
		expect(() => parseContentRange('bytes 0-9/20', 5)).toThrow(
			expect.objectContaining({ status: 422 })
		);
	});
});
