// Receiving records: each pushed version is compared with the stored copy by its history
// (relateHistories) and stored, ignored as already known, or kept aside as a conflict. Every
// write takes the next cursor position under one lock, so a reader never skips a position
// that commits later.
import { and, eq, sql } from 'drizzle-orm';
import { catalog } from '$lib/domain/catalog';
import { relateHistories } from '$lib/domain/exchange/history';
import { parseEvaluation, type Evaluation } from '$lib/domain/record';
import type { PushRequest, PushResponse, PushResult } from '$lib/domain/sync/protocol';
import type { Session } from '../auth/session';
import { rolesIn } from '../access';
import type { Db, Orm } from '../db';
import { evaluationConflicts, evaluations } from '../db/schema';
import { ApiError, forbidden, invalid } from '../errors';
import {
	campaignRules,
	lockWrites,
	missingOf,
	nextSeq,
	photoHashes,
	readingColumns,
	readingOf,
	writeCodes
} from './derive';
import { verifyPushSignature } from './signature';

const photoIds = (hashes: readonly string[]) => hashes.map((h) => `sha256-${h}`);

/** POST /push: verifies the signature once, then takes each record on its own. */
export async function push(
	db: Db,
	session: Session,
	req: PushRequest,
	now = Date.now()
): Promise<PushResponse> {
	await verifyPushSignature(db, session.memberId, req.fingerprint, req.signature, req.records);
	const results: PushResult[] = [];
	for (const raw of req.records) {
		results.push(await pushRecord(db, session, raw, req.fingerprint, now));
	}
	return { results };
}

/** One record of a (verified) push: what became of it. */
export async function pushRecord(
	db: Db,
	session: Session,
	raw: unknown,
	fingerprint: string,
	now = Date.now()
): Promise<PushResult> {
	const claimed = raw as { id?: unknown; version?: unknown } | null;
	const id = typeof claimed?.id === 'string' ? claimed.id.slice(0, 100) : '';
	const version =
		typeof claimed?.version === 'number' && Number.isInteger(claimed.version) ? claimed.version : 0;
	const fail = (status: 403 | 422, message: string): PushResult => ({
		id,
		version,
		status,
		missingBlobs: [],
		message
	});

	const parsed = parseEvaluation(raw, { catalog });
	if (!parsed.ok) {
		return fail(
			422,
			parsed.errors
				.map((e) => `${e.path}: ${e.message}`)
				.join('; ')
				.slice(0, 2000)
		);
	}
	// `origin` says how a record reached one device: it means nothing elsewhere.
	const { origin: _origin, ...body } = parsed.value;
	const record: Evaluation = body;
	const roles = await rolesIn(db, session.memberId, record.campaignId);
	if (!roles.includes('shopper')) {
		return fail(403, 'Only a shopper of this campaign may send its evaluations.');
	}
	const campaign = await campaignRules(db.orm, record.campaignId);

	return db.orm.transaction(async (txRaw) => {
		const tx = txRaw as unknown as Orm;
		await lockWrites(tx);
		const rows = await tx.select().from(evaluations).where(eq(evaluations.id, record.id)).limit(1);
		const row = rows[0];
		if (row && row.shopperMemberId !== session.memberId) {
			return fail(403, 'This evaluation belongs to another shopper.');
		}
		if (row && row.campaignId !== record.campaignId) {
			return fail(422, 'campaignId: an evaluation cannot move to another campaign');
		}
		const result = (status: PushResult['status'], missing: string[]): PushResult => ({
			id: record.id,
			version: record.version,
			status,
			missingBlobs: photoIds(missing)
		});

		if (!row) {
			const missing = await missingOf(tx, photoHashes(record));
			const reading = readingOf(record, campaign, now);
			await tx.insert(evaluations).values({
				id: record.id,
				campaignId: record.campaignId,
				shopperMemberId: session.memberId,
				version: record.version,
				deviceId: record.deviceId,
				body: record,
				deleted: record.deleted !== undefined,
				seq: nextSeq,
				receivedAt: new Date(now),
				signerFingerprint: fingerprint,
				missingBlobs: missing,
				...readingColumns(reading)
			});
			await writeCodes(tx, record.id, reading);
			return result(201, missing);
		}

		const stored = row.body as Evaluation;
		const relation = relateHistories(stored, record);
		if (relation === 'same' || relation === 'ancestor') return result(200, row.missingBlobs);
		if (relation === 'diverged') {
			await keepConflict(tx, record, session.memberId);
			return { ...result(409, row.missingBlobs), server: stored };
		}
		const missing = await missingOf(tx, photoHashes(record));
		const reading = readingOf(record, campaign, now);
		await tx
			.update(evaluations)
			.set({
				version: record.version,
				deviceId: record.deviceId,
				body: record,
				deleted: record.deleted !== undefined,
				seq: nextSeq,
				receivedAt: new Date(now),
				signerFingerprint: fingerprint,
				missingBlobs: missing,
				// A new version is the coordinator's to release again; a deletion still reaches
				// those who saw the record.
				...(record.deleted === undefined ? { releasedAt: null, releasedBy: null } : {}),
				...readingColumns(reading)
			})
			.where(eq(evaluations.id, record.id));
		await writeCodes(tx, record.id, reading);
		return result(201, missing);
	});
}

/** Keeps a diverged version for a person to resolve: once per (evaluation, version, body). */
async function keepConflict(tx: Orm, record: Evaluation, memberId: string): Promise<void> {
	const body = JSON.stringify(record);
	const known = await tx
		.select({ id: evaluationConflicts.id })
		.from(evaluationConflicts)
		.where(
			and(
				eq(evaluationConflicts.evaluationId, record.id),
				eq(evaluationConflicts.version, record.version),
				sql`${evaluationConflicts.body} = ${body}::jsonb`
			)
		)
		.limit(1);
	if (known.length > 0) return;
	await tx.insert(evaluationConflicts).values({
		evaluationId: record.id,
		version: record.version,
		memberId,
		deviceId: record.deviceId,
		body: record
	});
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
	const result = await pushRecord(db, session, input.evaluation, input.fingerprint, now);
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
