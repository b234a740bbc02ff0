// Evidence photos and the shared copies of call recordings, stored once by the SHA-256 of their
// bytes. Uploads resume: the server keeps what arrived so far and says how much
// (Upload-Offset); the next part must start there. Each part is kept as a row of its own and
// joined once, when the last one arrives, so a long recording's upload stays linear in its
// size. A finished upload is joined and checked against its hash by the database before it is
// kept.
import { and, eq, inArray, sql } from 'drizzle-orm';
import { rolesThatCan } from '$lib/domain/access/permissions';
import { MAX_COPY_BYTES } from '$lib/domain/recording/copy';
import { MAX_BLOB_BYTES } from '$lib/domain/sync/protocol';
import type { Session } from '../auth/session';
import { rowsOf, type Db, type Orm } from '../db';
import {
	blobs,
	blobUploadParts,
	blobUploads,
	campaignMembers,
	evaluations,
	expiredAudio
} from '../db/schema';
import { ApiError, forbidden, invalid, TooLargeError } from '../http/errors';
import { nextSeq, takeWriteLock, withKeyLock } from './write-lock';
import { namesCopy } from './audio';

/** A 409 for a part that does not start where the upload stands. */
export class OffsetError extends ApiError {
	constructor(readonly offset: number) {
		super(409, 'wrong-offset', `The upload stands at byte ${offset}; send the part from there.`);
	}
}

export const tooLarge = () => new TooLargeError(MAX_BLOB_BYTES, 'A photo or file');
const tooLargeCopy = () => new TooLargeError(MAX_COPY_BYTES, 'A call recording');

/** A 410 for audio deleted when its campaign's retention period after release passed. */
export const audioGone = () =>
	new ApiError(
		410,
		'audio-expired',
		"The recording was deleted when the campaign's retention period after release passed; the record keeps its timeline."
	);

export interface ByteRange {
	start: number;
	/** Inclusive, as in Content-Range. */
	end: number;
	total: number;
}

/**
 * Reads `bytes <start>-<end>/<total>` (null header = the whole body in one part). The total may
 * reach a recording's copy; `putBlob` holds a photo to its own limit.
 */
export function parseContentRange(header: string | null, length: number): ByteRange {
	// An empty photo is never evidence (and a part without bytes moves nothing).
	if (length === 0) throw new ApiError(422, 'empty', 'The body holds no bytes; send the photo.');
	if (header === null) return { start: 0, end: length - 1, total: length };
	const m = /^bytes (\d{1,9})-(\d{1,9})\/(\d{1,9})$/.exec(header.trim());
	if (!m) throw invalid('Content-Range: expected "bytes <start>-<end>/<total>"');
	const [start, end, total] = [Number(m[1]), Number(m[2]), Number(m[3])];
	if (total > MAX_COPY_BYTES) throw tooLargeCopy();
	if (end < start || end >= total) throw invalid('Content-Range: the range lies outside the total');
	if (end - start + 1 !== length) throw invalid('Content-Range: the body is not that long');
	return { start, end, total };
}

/** Files come with a member's evaluations (photos) or disputes (their own recording). */
const UPLOADERS = [
	...new Set([...rolesThatCan('evaluation.write'), ...rolesThatCan('dispute.open')])
];

async function requireUploader(db: Db, session: Session): Promise<void> {
	const roles = await db.orm
		.select({ role: campaignMembers.role })
		.from(campaignMembers)
		.where(
			and(eq(campaignMembers.memberId, session.memberId), inArray(campaignMembers.role, UPLOADERS))
		)
		.limit(1);
	if (roles.length === 0) throw forbidden('Only members of a campaign may send photos.');
}

/** HEAD /blobs/:sha256: the size when stored, else how many bytes of an upload arrived. */
export async function blobState(
	db: Db,
	session: Session,
	sha256: string
): Promise<{ stored: true; size: number } | { stored: false; offset: number }> {
	await requireUploader(db, session);
	const held = await db.orm
		.select({ size: blobs.size })
		.from(blobs)
		.where(eq(blobs.sha256, sha256))
		.limit(1);
	if (held[0]) return { stored: true, size: held[0].size };
	const upload = await uploadOf(db.orm, sha256);
	return { stored: false, offset: upload?.offset ?? 0 };
}

/** The unfinished upload of a hash: its announced size and how many bytes arrived. */
async function uploadOf(
	orm: Orm,
	sha256: string
): Promise<{ size: number; offset: number } | undefined> {
	const rows = await orm
		.select({
			size: blobUploads.size,
			offset: sql<number>`(length(${blobUploads.received}) + ${blobUploads.partsBytes})::int`
		})
		.from(blobUploads)
		.where(eq(blobUploads.sha256, sha256))
		.limit(1);
	return rows[0] ? { size: rows[0].size, offset: Number(rows[0].offset) } : undefined;
}

/**
 * A total over a photo's limit is taken only for a recording's copy that one of the uploader's
 * records names and still waits for (the record is pushed first), up to the copy's limit.
 */
async function requireWithinLimit(
	db: Db,
	session: Session,
	sha256: string,
	total: number
): Promise<void> {
	if (total <= MAX_BLOB_BYTES) return;
	if (total > MAX_COPY_BYTES) throw tooLargeCopy();
	const waiting = await db.orm
		.select({ id: evaluations.id })
		.from(evaluations)
		.where(
			and(
				eq(evaluations.shopperMemberId, session.memberId),
				sql`${evaluations.missingBlobs} @> ${JSON.stringify([sha256])}::jsonb`,
				namesCopy(sha256)
			)
		)
		.limit(1);
	if (waiting.length === 0) throw tooLarge();
}

export type PutBlobResult = { status: 200 | 201; offset: number } | { status: 202; offset: number };

/**
 * PUT /blobs/:sha256: one part of the bytes. 202 while incomplete; 201 once complete and
 * matching its hash (then every record naming it no longer waits for it); 200 when the
 * server already held it. A complete upload whose bytes hash otherwise is discarded (422).
 */
export async function putBlob(
	db: Db,
	session: Session,
	sha256: string,
	range: ByteRange,
	part: Uint8Array
): Promise<PutBlobResult> {
	await requireUploader(db, session);
	await requireWithinLimit(db, session, sha256, range.total);
	const outcome = await withKeyLock(db.orm, 'blob', sha256, async (tx) => {
		// One upload of a hash at a time.
		const held = await tx
			.select({ size: blobs.size })
			.from(blobs)
			.where(eq(blobs.sha256, sha256))
			.limit(1);
		if (held[0]) return { status: 200 as const, offset: held[0].size };
		const gone = await tx
			.select({ sha256: expiredAudio.sha256 })
			.from(expiredAudio)
			.where(eq(expiredAudio.sha256, sha256))
			.limit(1);
		if (gone.length > 0) throw audioGone();
		const upload = await uploadOf(tx, sha256);
		let offset = upload?.offset ?? 0;
		if (upload && upload.size !== range.total) {
			// Another total: only a fresh start replaces the earlier upload.
			if (range.start !== 0) throw new OffsetError(offset);
			await dropUpload(tx, sha256);
			offset = 0;
		}
		if (range.start !== offset) throw new OffsetError(offset);
		await tx.insert(blobUploadParts).values({ sha256, start: range.start, bytes: part });
		if (offset + part.length < range.total) {
			await tx
				.insert(blobUploads)
				.values({
					sha256,
					memberId: session.memberId,
					size: range.total,
					received: new Uint8Array(0),
					partsBytes: part.length,
					updatedAt: new Date()
				})
				.onConflictDoUpdate({
					target: blobUploads.sha256,
					set: {
						partsBytes: sql`${blobUploads.partsBytes} + ${part.length}`,
						size: range.total,
						updatedAt: new Date()
					}
				});
			return { status: 202 as const, offset: offset + part.length };
		}
		// Joined and checked against its hash by the database: the bytes never travel again.
		const kept = rowsOf<{ size: number }>(
			await tx.execute(sql`
				with joined as (
					select coalesce((select u.received from blob_uploads u where u.sha256 = ${sha256}), ''::bytea)
						|| string_agg(p.bytes, ''::bytea order by p.start) as bytes
					from blob_upload_parts p where p.sha256 = ${sha256}
				)
				insert into blobs (sha256, bytes, size)
				select ${sha256}::text, bytes, length(bytes) from joined
				where length(bytes) = ${range.total}::int and encode(sha256(bytes), 'hex') = ${sha256}
				returning size`)
		);
		await dropUpload(tx, sha256);
		if (kept.length === 0) return { status: 422 as const, offset: 0 };
		// Records that waited for it are complete now: they take new cursor positions so
		// devices that pulled them learn it.
		await takeWriteLock(tx);
		await tx
			.update(evaluations)
			.set({
				missingBlobs: sql`${evaluations.missingBlobs} - ${sha256}::text`,
				seq: nextSeq
			})
			.where(sql`${evaluations.missingBlobs} @> ${JSON.stringify([sha256])}::jsonb`);
		return { status: 201 as const, offset: range.total };
	});
	if (outcome.status === 422) {
		throw new ApiError(
			422,
			'hash-mismatch',
			'The bytes do not hash to the address; send them again.'
		);
	}
	return outcome;
}

/** Forgets an unfinished upload and its parts. */
export async function dropUpload(tx: Orm, sha256: string | string[]): Promise<void> {
	const hashes = typeof sha256 === 'string' ? [sha256] : sha256;
	if (hashes.length === 0) return;
	await tx.delete(blobUploadParts).where(inArray(blobUploadParts.sha256, hashes));
	await tx.delete(blobUploads).where(inArray(blobUploads.sha256, hashes));
}

/** A bytea column's value as a Uint8Array (drivers may hand back a Buffer). */
export function toBytes(value: Uint8Array): Uint8Array {
	return value instanceof Uint8Array ? value : new Uint8Array(value);
}
