// Clean-up the server does by itself: partial photo uploads nobody resumed are dropped after a
// week (the phone that started one uploads it again from the start when it syncs).
import { lt } from 'drizzle-orm';
import type { Db } from '../db';
import { blobUploads } from '../db/schema';

export const ABANDONED_UPLOAD_MS = 7 * 86_400_000;

/** Deletes partial uploads untouched for `maxAgeMs`; answers how many went. */
export async function sweepAbandonedUploads(
	db: Db,
	now = Date.now(),
	maxAgeMs = ABANDONED_UPLOAD_MS
): Promise<number> {
	const gone = await db.orm
		.delete(blobUploads)
		.where(lt(blobUploads.updatedAt, new Date(now - maxAgeMs)))
		.returning({ sha256: blobUploads.sha256 });
	return gone.length;
}

/** Runs the clean-up now and every six hours while the process lives. */
export function startHousekeeping(db: Db, log: (message: string) => void = console.log): void {
	const run = () =>
		sweepAbandonedUploads(db).then(
			(n) => {
				if (n > 0) log(`Dropped ${String(n)} abandoned partial upload(s).`);
			},
			(error: unknown) => log(`Housekeeping failed: ${String(error)}`)
		);
	void run();
	setInterval(() => void run(), 6 * 3_600_000).unref();
}
