// What a stored record reads as, kept beside it so reports are SQL group-bys: the domain's one
// reading of a record (readRecord: under the template it was finalized with, at an instant),
// written as columns. Every reader of these columns first re-reads the rows whose reading is
// due (refreshDueReadings), the same rule the phone applies to its summary rows.
import { and, eq, inArray, isNotNull, isNull, lt, or, sql, type SQLWrapper } from 'drizzle-orm';
import type { Campaign, Evaluation } from '$lib/domain/record';
import type { ContactRow } from '$lib/domain/programme/planning-wire';
import type { Orm } from '../db';
import { blobs, evaluations, expiredAudio } from '../db/schema';
import { campaignRules, readingRowOf, reported, type ReadingRow } from './reading-row';
import { changeTallies, contributionOf, type StoredReading } from './tallies';
import { withWriteLock } from './write-lock';

const iso = (d: Date | null) => (d === null ? null : d.toISOString());

/** A stored record as a reading is written over: its body and its stored reading. */
export interface StoredRecord extends StoredReading {
	id: string;
	body: unknown;
}

/** The columns of a stored record `StoredRecord` needs. */
export const storedColumns = {
	id: evaluations.id,
	campaignId: evaluations.campaignId,
	body: evaluations.body,
	deleted: evaluations.deleted,
	status: evaluations.status,
	score: evaluations.score,
	verdict: evaluations.verdict,
	countsInReports: evaluations.countsInReports,
	recheckAt: evaluations.recheckAt
};

/**
 * Stores new readings of existing records (their bodies and cursor positions unchanged) and
 * moves the campaign tallies from the stored readings to the new ones. Call under the write
 * lock, with `campaign` read under it.
 */
export async function writeReadings(
	db: Orm,
	campaign: Campaign | null,
	entries: readonly { stored: StoredRecord; reading: ReadingRow }[]
): Promise<void> {
	if (entries.length === 0) return;
	const values = sql.join(
		entries.map(
			({ stored, reading: r }) =>
				sql`(${stored.id}::text, ${r.status}::text, ${r.score}::numeric, ${r.verdict}::text, ${r.countsInReports}::boolean, ${iso(r.occurredAt)}::timestamptz, ${iso(r.recheckAt)}::timestamptz, ${r.timeSlot}::text, ${r.weekday}::text)`
		),
		sql`, `
	);
	await db.execute(sql`
		update evaluations e set status = v.status, score = v.score, verdict = v.verdict,
			counts_in_reports = v.counts, occurred_at = v.occurred_at, recheck_at = v.recheck_at,
			time_slot = v.time_slot, weekday = v.weekday
		from (values ${values}) as v(id, status, score, verdict, counts, occurred_at, recheck_at,
			time_slot, weekday)
		where e.id = v.id`);
	await changeTallies(
		db,
		entries.map((e) => contributionOf(e.stored, e.stored.body as Evaluation, campaign)),
		entries.map((e) => ({
			campaignId: e.stored.campaignId,
			deleted: e.stored.deleted,
			...e.reading
		}))
	);
}

/**
 * The refresh rule of a stored reading (domain `isDue`) as SQL: due once `recheck_at`, the
 * reading's `changesAfter`, has passed. A reading stored before readings held a slot (a
 * readable record without `time_slot`) is due at once, as on the phone.
 */
const due = (now: number) =>
	or(
		and(isNotNull(evaluations.recheckAt), lt(evaluations.recheckAt, new Date(now))),
		and(isNull(evaluations.timeSlot), isNotNull(evaluations.status))
	);

/**
 * Re-reads, before they are read, the stored readings of the campaigns `campaignIds` (a list,
 * or a query of ids) that are due at `now`. Every reader of the reading columns calls it
 * first (the aggregate, the center figures, the progress grid), so nobody reads a stale one,
 * whoever asks and whether or not a coordinator opened anything.
 */
export async function refreshDueReadings(
	db: Orm,
	campaignIds: readonly string[] | SQLWrapper,
	now: number
): Promise<number> {
	const ids = Array.isArray(campaignIds) ? [...(campaignIds as readonly string[])] : campaignIds;
	if (Array.isArray(ids) && ids.length === 0) return 0;
	const found = await db
		.selectDistinct({ campaignId: evaluations.campaignId })
		.from(evaluations)
		.where(and(inArray(evaluations.campaignId, ids as string[] | SQLWrapper), due(now)));
	let n = 0;
	for (const { campaignId } of found) n += await refreshReadings(db, campaignId, now);
	return n;
}

/**
 * Reads again the records of a campaign whose reading is due at `now`, or (with `all`) every
 * record, e.g. after the campaign changed. The record bodies and their cursor positions stay
 * as they are. Each 500 records are read and written in one transaction under the write lock,
 * so a push in between is never overwritten.
 */
export async function refreshReadings(
	db: Orm,
	campaignId: string,
	now: number,
	all = false
): Promise<number> {
	const where = all
		? eq(evaluations.campaignId, campaignId)
		: and(eq(evaluations.campaignId, campaignId), due(now));
	const found = await db.select({ id: evaluations.id }).from(evaluations).where(where);
	if (found.length === 0) return 0;
	for (let i = 0; i < found.length; i += 500) {
		const ids = found.slice(i, i + 500).map((r) => r.id);
		await withWriteLock(db, async (tx) => {
			// Read under the lock: the stored readings' codes are derived again with these rules.
			const campaign = await campaignRules(tx, campaignId);
			const rows = await tx
				.select(storedColumns)
				.from(evaluations)
				.where(and(inArray(evaluations.id, ids), where));
			await writeReadings(
				tx,
				campaign,
				rows.map((stored) => ({
					stored,
					reading: readingRowOf(stored.body as Evaluation, campaign, now)
				}))
			);
		});
	}
	return found.length;
}

/**
 * The campaign's live contacts that count in reports as the progress grid reads them: their
 * stored reading's status, weekday and slot, with the record's scenario and channel. Due
 * readings are read again first.
 */
export async function storedContacts(
	db: Orm,
	campaignId: string,
	now: number
): Promise<ContactRow[]> {
	await refreshDueReadings(db, [campaignId], now);
	const rows = await db
		.select({
			campaignId: evaluations.campaignId,
			scenarioId: sql<string | null>`${evaluations.body} ->> 'scenarioId'`,
			channel: sql<ContactRow['channel']>`${evaluations.body} ->> 'channel'`,
			status: evaluations.status,
			weekday: evaluations.weekday,
			timeSlot: evaluations.timeSlot
		})
		.from(evaluations)
		.where(and(eq(evaluations.campaignId, campaignId), reported));
	return rows.flatMap(({ scenarioId, status, weekday, timeSlot, ...r }) =>
		status && weekday && timeSlot
			? [
					{
						...r,
						scenarioId: scenarioId ?? undefined,
						status: status as ContactRow['status'],
						weekday: weekday as ContactRow['weekday'],
						timeSlot: timeSlot as ContactRow['timeSlot']
					}
				]
			: []
	);
}

/** Ids of the photos (`sha256-<hex>`) a record's answers name, as hex digests (copies: audio.ts). */
export function photoHashes(e: Evaluation): string[] {
	const out = new Set<string>();
	for (const a of Object.values(e.answers)) {
		for (const id of a.evidenceIds) {
			const m = /^sha256-([0-9a-f]{64})$/.exec(id);
			if (m) out.add(m[1]!);
		}
	}
	return [...out].sort();
}

/**
 * The hashes among `hashes` the server does not hold yet (audio deleted after its retention
 * period is not waited for: it never comes again).
 */
export async function missingOf(db: Orm, hashes: string[]): Promise<string[]> {
	if (hashes.length === 0) return [];
	const have = await db
		.select({ sha256: blobs.sha256 })
		.from(blobs)
		.where(inArray(blobs.sha256, hashes))
		.union(
			db
				.select({ sha256: expiredAudio.sha256 })
				.from(expiredAudio)
				.where(inArray(expiredAudio.sha256, hashes))
		);
	const held = new Set(have.map((h) => h.sha256));
	return hashes.filter((h) => !held.has(h));
}
