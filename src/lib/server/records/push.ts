// Receiving records: each pushed version is compared with the stored copy by its history
// (relateHistories) and stored, ignored as already known, or kept aside as a conflict. Every
// write takes the next cursor position under one lock, so a reader never skips a position
// that commits later.
import { inArray, sql } from 'drizzle-orm';
import { can } from '$lib/domain/access/permissions';
import { catalog } from '$lib/domain/catalog';
import { canonicalize } from '$lib/domain/exchange/canonical';
import { relateHistories } from '$lib/domain/exchange/history';
import { parseEvaluation, type Campaign, type Evaluation } from '$lib/domain/record';
import { cleanText, unstorableIn } from '$lib/domain/base/text';
import type { PushRequest, PushResponse, PushResult } from '$lib/domain/sync/protocol';
import type { Session } from '../auth/session';
import { rolesIn } from '../auth/access';
import type { Db, Orm } from '../db';
import { keepConflicts } from './kept-conflicts';
import { evaluations } from '../db/schema';
import { ApiError, forbidden, invalid } from '../http/errors';
import { missingOf, storedColumns, type StoredRecord } from './derive';
import { blobHashes, droppedAudio } from './audio';
import { campaignRules, readingRowOf, type ReadingRow } from './reading-row';
import { verifyPushSignature } from './signature';
import { withWriteLock } from './write-lock';
import { contributionOf, tallyStatements } from './tallies';

const photoIds = (hashes: readonly string[]) => hashes.map((h) => `sha256-${h}`);

/** Records checked between turns of the event loop: the push holding the write lock gets its
 * database answers in between, so the lock is not held while others check their records. */
const YIELD_EVERY = 8;
const letOthersOn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** POST /push: verifies the signature once, then takes the records in one transaction. */
export async function push(
	db: Db,
	session: Session,
	req: PushRequest,
	now = Date.now()
): Promise<PushResponse> {
	await verifyPushSignature(db, session.memberId, req.fingerprint, req.signature, req.records);
	return { results: await pushRecords(db, session, req.records, req.fingerprint, now) };
}

/** What the server holds of an id while a batch is taken, record by record. */
interface Held {
	shopperMemberId: string;
	campaignId: string;
	body: Evaluation;
	missingBlobs: string[];
}

/** A version to store: the last one of its id in the batch. */
export interface Write {
	record: Evaluation;
	missing: string[];
	/** The record as stored before this push, if it was. */
	stored: StoredRecord | undefined;
}

/**
 * The records of a (verified) push, what became of each, in order. They are taken as if one
 * after the other (a later record of the same id meets the earlier one), but read with one
 * query and written with a few multi-row statements in one transaction.
 */
export async function pushRecords(
	db: Db,
	session: Session,
	raws: readonly unknown[],
	fingerprint: string,
	now = Date.now()
): Promise<PushResult[]> {
	const results: PushResult[] = new Array(raws.length);
	const candidates: { index: number; record: Evaluation }[] = [];
	const roles = new Map<string, boolean>();
	const rules = new Map<string, Campaign | null>();
	for (const [index, raw] of raws.entries()) {
		if (index % YIELD_EVERY === YIELD_EVERY - 1) await letOthersOn();
		const parsed = parseEvaluation(raw, { catalog });
		if (!parsed.ok) {
			const message = parsed.errors
				.map((e) => `${e.path}: ${e.message}`)
				.join('; ')
				.slice(0, 2000);
			results[index] = failure(raw, 422, message);
			continue;
		}
		// `origin` says how a record reached one device: it means nothing elsewhere.
		const { origin: _origin, ...record } = parsed.value;
		// Text the database cannot hold refuses this record alone, before any query; a phone
		// cleans text as it is typed, so the record itself is never changed here.
		const unstorable = unstorableIn(record);
		if (unstorable) {
			const path = unstorable.path.length ? unstorable.path.join('.') : '(root)';
			results[index] = failure(raw, 422, `${path}: ${unstorable.message}`);
			continue;
		}
		candidates.push({ index, record });
	}
	for (const c of [...candidates]) {
		const campaignId = c.record.campaignId;
		if (!roles.has(campaignId)) {
			roles.set(
				campaignId,
				can(await rolesIn(db, session.memberId, campaignId), 'evaluation.write')
			);
		}
		if (!roles.get(campaignId)) {
			results[c.index] = failure(
				raws[c.index],
				403,
				'Only a shopper of this campaign may send its evaluations.'
			);
			candidates.splice(candidates.indexOf(c), 1);
		}
	}
	if (candidates.length === 0) return results;

	const hashesOf = new Map(candidates.map((c) => [c.record, blobHashes(c.record)]));
	// The readings are worked out before the lock, under the campaign rules as they are now;
	// under the lock the rules are read again, and a reading whose rules changed in between is
	// worked out again (campaignRules answers the same object while a campaign is unchanged).
	const early = new Map<string, Campaign | null>();
	for (const c of candidates) {
		const campaignId = c.record.campaignId;
		if (!early.has(campaignId)) early.set(campaignId, await campaignRules(db.orm, campaignId));
	}
	const readingsBefore = new Map<Evaluation, ReadingRow>();
	for (const [i, { record }] of candidates.entries()) {
		if (i % YIELD_EVERY === YIELD_EVERY - 1) await letOthersOn();
		readingsBefore.set(record, readingRowOf(record, early.get(record.campaignId) ?? null, now));
	}
	await withWriteLock(db.orm, async (tx) => {
		// Read under the lock: stored readings are taken out of the tallies with these rules.
		for (const c of candidates) {
			const campaignId = c.record.campaignId;
			if (!rules.has(campaignId)) rules.set(campaignId, await campaignRules(tx, campaignId));
		}
		const readings = new Map(
			[...readingsBefore].filter(
				([record]) => rules.get(record.campaignId) === early.get(record.campaignId)
			)
		);
		const ids = [...new Set(candidates.map((c) => c.record.id))];
		const rows = await tx
			.select({
				...storedColumns,
				shopperMemberId: evaluations.shopperMemberId,
				missingBlobs: evaluations.missingBlobs
			})
			.from(evaluations)
			.where(inArray(evaluations.id, ids));
		const stored = new Map<string, StoredRecord>(rows.map((r) => [r.id, r]));
		const held = new Map<string, Held>(
			rows.map((r) => [
				r.id,
				{
					shopperMemberId: r.shopperMemberId,
					campaignId: r.campaignId,
					body: r.body as Evaluation,
					missingBlobs: r.missingBlobs
				}
			])
		);
		const missing = new Set(await missingOf(tx, [...new Set([...hashesOf.values()].flat())]));
		const missingOfRecord = (e: Evaluation) => hashesOf.get(e)!.filter((h) => missing.has(h));

		const writes = new Map<string, Write>();
		/** Ids whose release a new live version withdraws (a tombstone keeps it). */
		const unrelease = new Set<string>();
		const conflicts = new Map<string, Evaluation>();
		for (const { index, record } of candidates) {
			const cur = held.get(record.id);
			const result = (status: PushResult['status'], m: string[]): PushResult => ({
				id: record.id,
				version: record.version,
				status,
				missingBlobs: photoIds(m)
			});
			if (cur && cur.shopperMemberId !== session.memberId) {
				results[index] = failure(record, 403, 'This evaluation belongs to another shopper.');
				continue;
			}
			if (cur && cur.campaignId !== record.campaignId) {
				results[index] = failure(
					record,
					422,
					'campaignId: an evaluation cannot move to another campaign'
				);
				continue;
			}
			if (cur) {
				const relation = relateHistories(cur.body, record);
				if (relation === 'same' || relation === 'ancestor') {
					results[index] = result(200, cur.missingBlobs);
					continue;
				}
				if (relation === 'diverged') {
					const key = `${record.id}\u0000${record.version}\u0000${canonicalize(record)}`;
					if (!conflicts.has(key)) conflicts.set(key, record);
					results[index] = { ...result(409, cur.missingBlobs), server: cur.body };
					continue;
				}
				// A recording or moment gone without the entry that removes it is never taken.
				const dropped = droppedAudio(cur.body, record);
				if (dropped) {
					results[index] = failure(record, 422, dropped);
					continue;
				}
			}
			const m = missingOfRecord(record);
			if (stored.has(record.id) && record.deleted === undefined) unrelease.add(record.id);
			writes.set(record.id, { record, missing: m, stored: stored.get(record.id) });
			held.set(record.id, {
				shopperMemberId: session.memberId,
				campaignId: record.campaignId,
				body: record,
				missingBlobs: m
			});
			results[index] = result(201, m);
		}

		await storeWrites(
			tx,
			[...writes.values()],
			unrelease,
			session.memberId,
			fingerprint,
			rules,
			now,
			readings
		);
		await keepConflicts(tx, [...conflicts.values()], session.memberId);
	});
	return results;
}

/** A refusal named by what the record claims to be. */
function failure(raw: unknown, status: 403 | 422, message: string): PushResult {
	const claimed = raw as { id?: unknown; version?: unknown } | null;
	const id = typeof claimed?.id === 'string' ? cleanText(claimed.id.slice(0, 100)) : '';
	const version =
		typeof claimed?.version === 'number' && Number.isInteger(claimed.version) ? claimed.version : 0;
	return { id, version, status, missingBlobs: [], message: cleanText(message) };
}

/** The columns a newer version of a stored evaluation replaces (its release is decided apart). */
const TAKEN_FROM_NEWER = sql.raw(
	`version device_id body deleted seq received_at signer_fingerprint missing_blobs status score
	verdict counts_in_reports occurred_at recheck_at time_slot weekday`
		.split(/\s+/)
		.map((column) => `${column} = excluded.${column}`)
		.join(', ')
);

/**
 * Inserts or updates the versions taken, each at a new cursor position, with their readings
 * and the campaign tallies moved. Call under the write lock. `memberId` is the shopper of new
 * records; `fingerprint` the device key that signed them (null: made by the team server);
 * `readings` those already worked out at `now` under the same `rules`.
 */
export async function storeWrites(
	tx: Orm,
	writes: Write[],
	unrelease: Set<string>,
	memberId: string,
	fingerprint: string | null,
	rules: Map<string, Campaign | null>,
	now: number,
	readings: ReadonlyMap<Evaluation, ReadingRow> = new Map()
): Promise<void> {
	if (writes.length === 0) return;
	const entries = writes.map((w) => ({
		id: w.record.id,
		reading:
			readings.get(w.record) ?? readingRowOf(w.record, rules.get(w.record.campaignId) ?? null, now)
	}));
	const receivedAt = new Date(now);
	// A new version is the coordinator's to release again; a deletion still reaches those who
	// saw the record (a live version earlier in the same push withdrew it all the same).
	const withdrawn =
		unrelease.size === 0
			? sql`false`
			: sql`evaluations.id in (${sql.join(
					[...unrelease].map((id) => sql`${id}`),
					sql`, `
				)})`;
	// One parameter for every row: the bodies are parsed once, by the database.
	const rows = writes.map((w, i) => ({
		id: w.record.id,
		campaign_id: w.record.campaignId,
		version: w.record.version,
		device_id: w.record.deviceId,
		body: w.record,
		deleted: w.record.deleted !== undefined,
		missing_blobs: w.missing,
		...readingRow(entries[i]!.reading)
	}));
	// The stored versions' contributions out (their codes derived again from their bodies),
	// the new ones in: the tally statements go with the records' in one statement.
	const tallies = tallyStatements(
		writes.flatMap((w) =>
			w.stored
				? [
						contributionOf(
							w.stored,
							w.stored.body as Evaluation,
							rules.get(w.stored.campaignId) ?? null
						)
					]
				: []
		),
		writes.map((w, i) => ({
			campaignId: w.record.campaignId,
			deleted: w.record.deleted !== undefined,
			...entries[i]!.reading
		}))
	);
	const withTallies =
		tallies.length === 0
			? sql``
			: sql`with ${sql.join(
					tallies.map((t, i) => sql`${sql.raw(`tally_${i}`)} as (${t})`),
					sql`, `
				)} `;
	await tx.execute(sql`
		${withTallies}insert into evaluations (id, campaign_id, shopper_member_id, version, device_id, body,
			deleted, received_at, signer_fingerprint, missing_blobs, status, score, verdict,
			counts_in_reports, occurred_at, recheck_at, time_slot, weekday)
		select x.id, x.campaign_id, ${memberId}, x.version, x.device_id, x.body, x.deleted,
			${receivedAt.toISOString()}::timestamptz, ${fingerprint}::text, x.missing_blobs, x.status, x.score,
			x.verdict, x.counts_in_reports, x.occurred_at, x.recheck_at, x.time_slot, x.weekday
		from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(id text, campaign_id text,
			version int, device_id text, body jsonb, deleted boolean, missing_blobs jsonb,
			status text, score numeric, verdict text, counts_in_reports boolean,
			occurred_at timestamptz, recheck_at timestamptz, time_slot text, weekday text)
		on conflict (id) do update set
			${TAKEN_FROM_NEWER},
			released_at = case when ${withdrawn} then null else evaluations.released_at end,
			released_by = case when ${withdrawn} then null else evaluations.released_by end`);
}

/** A reading as the columns of a jsonb_to_recordset row. */
function readingRow(r: ReadingRow) {
	return {
		status: r.status,
		score: r.score,
		verdict: r.verdict,
		counts_in_reports: r.countsInReports,
		occurred_at: r.occurredAt?.toISOString() ?? null,
		recheck_at: r.recheckAt?.toISOString() ?? null,
		time_slot: r.timeSlot,
		weekday: r.weekday
	};
}

/**
 * PUT /evaluations/:id: one record with a real HTTP status. The signature covers `[record]`.
 * Answers the push result, or throws the refusal (a 409 carries the server's copy).
 */
export async function putEvaluation(
	db: Db,
	session: Session,
	id: string,
	input: { deviceId: string; fingerprint: string; signature: string; evaluation: unknown },
	now = Date.now()
): Promise<PushResult> {
	const records = [input.evaluation];
	await verifyPushSignature(db, session.memberId, input.fingerprint, input.signature, records);
	const claimed = (input.evaluation as { id?: unknown } | null)?.id;
	if (claimed !== id) throw invalid('id: must be the id in the address');
	const [result] = await pushRecords(db, session, records, input.fingerprint, now);
	if (!result) throw invalid('The evaluation is invalid.');
	if (result.status === 409) throw new ConflictError(result.server!);
	if (result.status === 403) throw forbidden(result.message);
	if (result.status === 422) throw invalid(result.message ?? 'The evaluation is invalid.');
	return result;
}

/** A 409 whose answer includes the server's copy of the record. */
export class ConflictError extends ApiError {
	constructor(readonly server: Evaluation) {
		super(
			409,
			'conflict',
			'The server holds a different version of this evaluation; the copy sent was kept for review.'
		);
	}
}
