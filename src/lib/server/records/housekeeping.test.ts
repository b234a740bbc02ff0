import { describe, expect, it } from 'vitest';
import type { Db } from '../db';
import { blobUploadParts, blobUploads } from '../db/schema';
import { testDatabaseKinds, withFreshDb } from '../../testing/server-db';
import { ABANDONED_UPLOAD_MS, sweepAbandonedUploads } from './housekeeping';
import { person } from '../../testing/server-team';

describe.each(testDatabaseKinds())('housekeeping (%s)', (kind) => {
	let db: Db;
	withFreshDb(kind, (opened) => (db = opened));

	it('drops partial uploads untouched for a week and keeps the recent ones', async () => {
		const shopper = await person(db, '쇼퍼');
		const now = Date.UTC(2026, 11, 2);
		const row = (sha: string, ageMs: number) => ({
			sha256: sha.repeat(64),
			memberId: shopper.id,
			size: 10,
			received: new Uint8Array([1, 2, 3]),
			updatedAt: new Date(now - ageMs)
		});
		await db.orm
			.insert(blobUploads)
			.values([
				row('a', ABANDONED_UPLOAD_MS + 1),
				row('b', ABANDONED_UPLOAD_MS - 60_000),
				row('c', 1_000)
			]);
		await db.orm.insert(blobUploadParts).values([
			{ sha256: 'a'.repeat(64), start: 3, bytes: new Uint8Array([4]) },
			{ sha256: 'b'.repeat(64), start: 3, bytes: new Uint8Array([4]) }
		]);
		expect(await sweepAbandonedUploads(db, now)).toBe(1);
		const left = await db.orm.select({ sha256: blobUploads.sha256 }).from(blobUploads);
		expect(left.map((r) => r.sha256[0]).sort()).toEqual(['b', 'c']);
		// The parts of the dropped upload go with it.
		const parts = await db.orm.select({ sha256: blobUploadParts.sha256 }).from(blobUploadParts);
		expect(parts.map((r) => r.sha256[0])).toEqual(['b']);
		expect(await sweepAbandonedUploads(db, now)).toBe(0);
	});
});
