// Evidence photos, stored once by the SHA-256 of their bytes. Uploads resume: the server
// keeps what arrived so far and says how much (Upload-Offset); the next part must start
// there. A finished upload is checked against its hash before it is kept.
import { and, eq, inArray, sql } from 'drizzle-orm';
import { rolesThatCan } from '$lib/domain/access/permissions';
import { MAX_BLOB_BYTES } from '$lib/domain/sync/protocol';
import type { Session } from '../auth/session';
import type { Db } from '../db';
import { blobs, blobUploads, campaignMembers, evaluations } from '../db/schema';
import { ApiError, forbidden, invalid, notFound, TooLargeError } from '../http/errors';
import { nextSeq, takeWriteLock, withKeyLock } from './write-lock';
import { visibleTo } from './visibility';

/** A 409 for a part that does not start where the upload stands. */
export class OffsetError extends ApiError {
	constructor(readonly offset: number) {
		super(409, 'wrong-offset', `The upload stands at byte ${offset}; send the part from there.`);
	}
}

export const tooLarge = () => new TooLargeError(MAX_BLOB_BYTES, 'A photo or file');

export interface ByteRange {
	start: number;
	/** Inclusive, as in Content-Range. */
	end: number;
	total: number;
}

/** Reads `bytes <start>-<end>/<total>` (null header = the whole body in one part). */
export function parseContentRange(header: string | null, length: number): ByteRange {
	// An empty photo is never evidence (and a part without bytes moves nothing).
	if (length === 0) throw new ApiError(422, 'empty', 'The body holds no bytes; send the photo.');
	if (header === null) return { start: 0, end: length - 1, total: length };
	const m = /^bytes (\d{1,9})-(\d{1,9})\/(\d{1,9})$/.exec(header.trim());
	if (!m) throw invalid('Content-Range: expected "bytes <start>-<end>/<total>"');
	const [start, end, total] = [Number(m[1]), Number(m[2]), Number(m[3])];
	if (total > MAX_BLOB_BYTES) throw tooLarge();
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
	const upload = await db.orm
		.select({ offset: sql<number>`length(${blobUploads.received})::int` })
		.from(blobUploads)
		.where(eq(blobUploads.sha256, sha256))
		.limit(1);
	return { stored: false, offset: Number(upload[0]?.offset ?? 0) };
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
	if (range.total > MAX_BLOB_BYTES) throw tooLarge();
	const outcome = await withKeyLock(db.orm, 'blob', sha256, async (tx) => {
		// One upload of a hash at a time.
		const held = await tx
			.select({ size: blobs.size })
			.from(blobs)
			.where(eq(blobs.sha256, sha256))
			.limit(1);
		if (held[0]) return { status: 200 as const, offset: held[0].size };
		const rows = await tx
			.select({ size: blobUploads.size, received: blobUploads.received })
			.from(blobUploads)
			.where(eq(blobUploads.sha256, sha256))
			.limit(1);
		let before = rows[0] ? toBytes(rows[0].received) : new Uint8Array(0);
		if (rows[0] && rows[0].size !== range.total) {
			// Another total: only a fresh start replaces the earlier upload.
			if (range.start !== 0) throw new OffsetError(before.length);
			before = new Uint8Array(0);
		}
		if (range.start !== before.length) throw new OffsetError(before.length);
		const received = concat(before, part);
		if (received.length < range.total) {
			await tx
				.insert(blobUploads)
				.values({
					sha256,
					memberId: session.memberId,
					size: range.total,
					received,
					updatedAt: new Date()
				})
				.onConflictDoUpdate({
					target: blobUploads.sha256,
					set: { received, size: range.total, updatedAt: new Date() }
				});
			return { status: 202 as const, offset: received.length };
		}
		await tx.delete(blobUploads).where(eq(blobUploads.sha256, sha256));
		if ((await sha256Hex(received)) !== sha256) return { status: 422 as const, offset: 0 };
		await tx.insert(blobs).values({ sha256, bytes: received, size: received.length });
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
		return { status: 201 as const, offset: received.length };
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

/** GET /blobs/:sha256: the bytes, for someone who may read a record naming the photo. */
export async function getBlob(db: Db, session: Session, sha256: string): Promise<Uint8Array> {
	const rows = await db.orm
		.select({ bytes: blobs.bytes })
		.from(blobs)
		.where(eq(blobs.sha256, sha256))
		.limit(1);
	if (!rows[0]) throw notFound('No such photo.');
	// Through a role that may see photos: a center manager reads released records without them.
	const visible = await visibleTo(db, session.memberId, 'photos');
	if (!visible) throw forbidden();
	const naming = await db.orm
		.select({ id: evaluations.id })
		.from(evaluations)
		.where(
			sql`${visible} and jsonb_path_exists(${evaluations.body}, '$.answers.*.evidenceIds[*] ? (@ == $id)', jsonb_build_object('id', ${`sha256-${sha256}`}::text))`
		)
		.limit(1);
	if (naming.length === 0) throw forbidden('No evaluation you can read names this photo.');
	return toBytes(rows[0].bytes);
}

/** A bytea column's value as a Uint8Array (drivers may hand back a Buffer). */
export function toBytes(value: Uint8Array): Uint8Array {
	return value instanceof Uint8Array ? value : new Uint8Array(value);
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
	const out = new Uint8Array(a.length + b.length);
	out.set(a, 0);
	out.set(b, a.length);
	return out;
}

async function sha256Hex(bytes: Uint8Array): Promise<string> {
	const digest = new Uint8Array(
		await globalThis.crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>)
	);
	return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}
