// Reading a stored blob: a photo for readers of a record naming it with the 'photos' field, a
// recording's shared copy for readers with 'recordings' (a center manager never: they hear the
// clips shared for a dispute). A byte range is read from the database alone, so a player seeks
// in an hour-long copy without loading it all.
import { eq, sql } from 'drizzle-orm';
import { COPY_MIME } from '$lib/domain/recording/copy';
import type { Session } from '../auth/session';
import type { Db } from '../db';
import { blobs, evaluations, expiredAudio } from '../db/schema';
import { ApiError, forbidden, notFound } from '../http/errors';
import { audioGone, toBytes } from './blobs';
import { namesCopy } from './audio';
import { visibleTo } from './visibility';

/** A byte range, both ends inclusive (as in Content-Range). */
export interface ReadRange {
	start: number;
	end: number;
}

/** A 416 for a range outside the blob; the answer says its size (`bytes *\/size`). */
export const rangeNotSatisfiable = (size: number) =>
	new ApiError(
		416,
		'range-not-satisfiable',
		`The range asked for lies outside the ${size} bytes held.`,
		{
			'content-range': `bytes */${size}`
		}
	);

/**
 * Reads one `Range: bytes=a-b` (also `a-` and `-n`) against a blob of `size` bytes: null for
 * no header (the whole blob), 416 for a range that is malformed, holds several ranges or
 * starts past the end.
 */
export function parseByteRange(header: string | null, size: number): ReadRange | null {
	if (header === null || header.trim() === '') return null;
	const m = /^bytes=(\d{0,15})-(\d{0,15})$/.exec(header.trim());
	if (!m || (m[1] === '' && m[2] === '')) throw rangeNotSatisfiable(size);
	if (m[1] === '') {
		const suffix = Number(m[2]);
		if (suffix === 0 || size === 0) throw rangeNotSatisfiable(size);
		return { start: Math.max(0, size - suffix), end: size - 1 };
	}
	const start = Number(m[1]);
	const end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
	if (start >= size || end < start) throw rangeNotSatisfiable(size);
	return { start, end };
}

export interface BlobRead {
	/** The content type: the photo's, or `audio/wav` for a recording's copy. */
	type: string;
	/** The whole blob's size. */
	size: number;
	/** The bytes of `range`, or all of them. */
	bytes: Uint8Array;
	range: ReadRange | null;
}

/** GET /blobs/:sha256 (with its Range header): what the caller may read of the blob. */
export async function readBlob(
	db: Db,
	session: Session,
	sha256: string,
	rangeHeader: string | null = null
): Promise<BlobRead> {
	const rows = await db.orm
		.select({ size: blobs.size, head: sql<Uint8Array>`substring(${blobs.bytes} from 1 for 12)` })
		.from(blobs)
		.where(eq(blobs.sha256, sha256))
		.limit(1);
	const gone = await db.orm
		.select({ sha256: expiredAudio.sha256 })
		.from(expiredAudio)
		.where(eq(expiredAudio.sha256, sha256))
		.limit(1);
	const row = rows[0];
	if (!row && gone.length === 0) throw notFound('No such photo or recording.');
	let type: string;
	if (await names(db, session, 'photos', photoNamed(sha256))) {
		type = imageType(toBytes(row?.head ?? new Uint8Array(0)));
	} else if (await names(db, session, 'recordings', namesCopy(sha256))) {
		if (gone.length > 0) throw audioGone();
		type = COPY_MIME;
	} else {
		// Through a role that may see photos or recordings: a center manager reads released
		// records without them.
		throw forbidden('No evaluation you can read names this photo or recording.');
	}
	if (!row) throw notFound('No such photo or recording.');
	const range = parseByteRange(rangeHeader, row.size);
	if (!range) return { type, size: row.size, bytes: await bytesOf(db, sha256), range };
	const part = await db.orm
		.select({
			bytes: sql<Uint8Array>`substring(${blobs.bytes} from ${range.start + 1}::int for ${range.end - range.start + 1}::int)`
		})
		.from(blobs)
		.where(eq(blobs.sha256, sha256));
	return { type, size: row.size, bytes: toBytes(part[0]!.bytes), range };
}

/** The whole blob, for someone who may read it (see `readBlob`). */
export async function getBlob(db: Db, session: Session, sha256: string): Promise<Uint8Array> {
	return (await readBlob(db, session, sha256)).bytes;
}

async function bytesOf(db: Db, sha256: string): Promise<Uint8Array> {
	const rows = await db.orm
		.select({ bytes: blobs.bytes })
		.from(blobs)
		.where(eq(blobs.sha256, sha256))
		.limit(1);
	return toBytes(rows[0]!.bytes);
}

const photoNamed = (sha256: string) =>
	sql`jsonb_path_exists(${evaluations.body}, '$.answers.*.evidenceIds[*] ? (@ == $id)', jsonb_build_object('id', ${`sha256-${sha256}`}::text))`;

/** True when a record the member reads through a role granted `field` matches `naming`. */
async function names(
	db: Db,
	session: Session,
	field: 'photos' | 'recordings',
	naming: ReturnType<typeof sql>
): Promise<boolean> {
	const visible = await visibleTo(db, session.memberId, field);
	if (!visible) return false;
	const found = await db.orm
		.select({ id: evaluations.id })
		.from(evaluations)
		.where(sql`${visible} and ${naming}`)
		.limit(1);
	return found.length > 0;
}

/** The photo's type from its first bytes (JPEG, PNG, WebP), else plain bytes. */
function imageType(b: Uint8Array): string {
	if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
	if (b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47) return 'image/png';
	const riff = String.fromCharCode(...b.subarray(0, 4));
	const webp = String.fromCharCode(...b.subarray(8, 12));
	if (riff === 'RIFF' && webp === 'WEBP') return 'image/webp';
	return 'application/octet-stream';
}
