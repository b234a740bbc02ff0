import { MAX_BLOB_BYTES } from '$lib/domain/sync/protocol';
import { syncRoutes } from '$lib/domain/sync/routes';
import { errorResponse, readUpload } from '$lib/server/http/errors';
import { answer, handleRaw } from '$lib/server/route';
import { blobState, OffsetError, parseContentRange, putBlob } from '$lib/server/records/blobs';
import { readBlob } from '$lib/server/records/blob-read';

export const prerender = false;

/** 200 with the size when stored, else 404 with the offset; errors carry no body. */
export const HEAD = handleRaw(
	syncRoutes.blobState,
	async ({ params, session, db }) => {
		const state = await blobState(db, session, params.sha256);
		return state.stored
			? new Response(null, { status: 200, headers: { 'content-length': String(state.size) } })
			: new Response(null, { status: 404, headers: { 'upload-offset': String(state.offset) } });
	},
	(error) => new Response(null, { status: errorResponse(error).status })
);

/** One part of the bytes (Content-Range); every answer says the offset the server holds. */
export const PUT = handleRaw(
	syncRoutes.putBlob,
	async ({ params, session, db, event: { request, platform } }) => {
		// A recording's copy comes in several parts: each at most a photo's limit.
		const part = await readUpload(request, platform, MAX_BLOB_BYTES, 'One part of a file');
		const range = parseContentRange(request.headers.get('content-range'), part.length);
		const result = await putBlob(db, session, params.sha256, range, part);
		return answer(
			syncRoutes.putBlob,
			{ offset: result.offset },
			{ status: result.status, headers: { 'upload-offset': String(result.offset) } }
		);
	},
	(error) => {
		const answer = errorResponse(error);
		if (error instanceof OffsetError) answer.headers.set('upload-offset', String(error.offset));
		return answer;
	}
);

/** The bytes, or one range of them (206) so an audio player seeks without loading it all. */
export const GET = handleRaw(syncRoutes.getBlob, async ({ params, session, db, event }) => {
	const read = await readBlob(db, session, params.sha256, event.request.headers.get('range'));
	const headers: Record<string, string> = {
		'content-type': read.type,
		'x-content-type-options': 'nosniff',
		'accept-ranges': 'bytes',
		'content-length': String(read.bytes.length)
	};
	if (!read.range) return new Response(read.bytes as Uint8Array<ArrayBuffer>, { headers });
	headers['content-range'] = `bytes ${read.range.start}-${read.range.end}/${read.size}`;
	return new Response(read.bytes as Uint8Array<ArrayBuffer>, { status: 206, headers });
});
