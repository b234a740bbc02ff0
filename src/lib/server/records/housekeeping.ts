// Clean-up the server does by itself: partial uploads nobody resumed are dropped after a week
// (the phone that started one uploads it again from the start when it syncs); the audio of call
// recordings goes once its campaign's retention period after release has passed, and a
// recording's old copy once no record names it (the shopper changed the muted stretches).
import { eq, inArray, lt, sql } from 'drizzle-orm';
import { audioExpired, DEFAULT_RECORDING_RETENTION_DAYS } from '$lib/domain/recording/retention';
import { rowsOf, type Db } from '../db';
import { blobs, blobUploads, campaignSettings, evaluations, expiredAudio } from '../db/schema';
import { dropUpload } from './blobs';
import { withWriteLock } from './write-lock';

export const ABANDONED_UPLOAD_MS = 7 * 86_400_000;

/** Deletes partial uploads untouched for `maxAgeMs`; answers how many went. */
export async function sweepAbandonedUploads(
	db: Db,
	now = Date.now(),
	maxAgeMs = ABANDONED_UPLOAD_MS
): Promise<number> {
	return db.orm.transaction(async (tx) => {
		const gone = await tx
			.select({ sha256: blobUploads.sha256 })
			.from(blobUploads)
			.where(lt(blobUploads.updatedAt, new Date(now - maxAgeMs)));
		await dropUpload(
			tx,
			gone.map((g) => g.sha256)
		);
		return gone.length;
	});
}

const COPY_ID = /^sha256-([0-9a-f]{64})$/;

/**
 * Deletes the copies of recordings of evaluations released longer ago than their campaign's
 * retention period (`audioExpired`), keeping the records and a row per copy (downloads then
 * answer 410, and the copy is never taken again). A copy another record still needs stays.
 * Answers how many copies went.
 */
export async function expireAudio(db: Db, now = Date.now()): Promise<number> {
	return withWriteLock(db.orm, async (tx) => {
		const rows = await tx
			.select({
				releasedAt: evaluations.releasedAt,
				days: campaignSettings.recordingRetentionDays,
				copies: sql<string[]>`jsonb_path_query_array(${evaluations.body}, '$.recordings[*].copyId')`
			})
			.from(evaluations)
			.leftJoin(campaignSettings, eq(campaignSettings.campaignId, evaluations.campaignId))
			.where(sql`jsonb_array_length(coalesce(${evaluations.body} -> 'recordings', '[]')) > 0`);
		const due = new Set<string>();
		const kept = new Set<string>();
		for (const r of rows) {
			const days = r.days ?? DEFAULT_RECORDING_RETENTION_DAYS;
			const expired = audioExpired(r.releasedAt?.getTime(), days, now);
			for (const id of r.copies) {
				const hash = COPY_ID.exec(id)?.[1];
				if (hash) (expired ? due : kept).add(hash);
			}
		}
		const hashes = [...due].filter((h) => !kept.has(h));
		if (hashes.length === 0) return 0;
		await tx
			.insert(expiredAudio)
			.values(hashes.map((sha256) => ({ sha256, deletedAt: new Date(now) })))
			.onConflictDoNothing();
		await dropUpload(tx, hashes);
		const gone = await tx
			.delete(blobs)
			.where(inArray(blobs.sha256, hashes))
			.returning({ sha256: blobs.sha256 });
		return gone.length;
	});
}

/** The copies a change log names (attached, re-made with other mutes, removed). */
const loggedCopies = (side: 'old' | 'new') =>
	sql.raw(
		`jsonb_path_query(body, '$.changeLog[*] ? (@.field == "recording" || @.field == "mutes" || @.field == "recording-removed").${side}.copy') #>> '{}'`
	);

/**
 * Deletes the copies the records once named (their change logs say so) that no stored record
 * or unresolved conflict names any more: a copy made before the shopper changed its muted
 * stretches, or of a recording removed. Answers how many went.
 */
export async function sweepUnnamedCopies(db: Db): Promise<number> {
	return withWriteLock(db.orm, async (tx) => {
		const gone = await tx.execute<{ sha256: string }>(sql`
			with once as (
				select ${loggedCopies('old')} as id from evaluations where body ? 'recordings'
				union select ${loggedCopies('new')} from evaluations where body ? 'recordings'
			), named as (
				select jsonb_path_query(body, '$.recordings[*].copyId') #>> '{}' as id from evaluations
				union select jsonb_path_query(body, '$.recordings[*].copyId') #>> '{}'
				from evaluation_conflicts where resolved_at is null
			)
			delete from blobs b
			where 'sha256-' || b.sha256 in (select id from once where id is not null
				except select id from named where id is not null)
				and not exists (select 1 from dispute_files f where f.sha256 = b.sha256)
			returning b.sha256`);
		return rowsOf<{ sha256: string }>(gone).length;
	});
}

/** Runs the clean-up now and every six hours while the process lives. */
export function startHousekeeping(db: Db, log: (message: string) => void = console.log): void {
	const run = async () => {
		try {
			const n = await sweepAbandonedUploads(db);
			if (n > 0) log(`Dropped ${String(n)} abandoned partial upload(s).`);
			const expired = await expireAudio(db);
			if (expired > 0) log(`Deleted ${String(expired)} recording(s) past their retention period.`);
			const unnamed = await sweepUnnamedCopies(db);
			if (unnamed > 0) log(`Deleted ${String(unnamed)} recording cop(ies) no record names.`);
		} catch (error) {
			log(`Housekeeping failed: ${String(error)}`);
		}
	};
	void run();
	setInterval(() => void run(), 6 * 3_600_000).unref();
}
