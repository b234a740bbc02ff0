import { MAX_BLOB_BYTES } from '$lib/domain/sync/protocol';
import { syncRoutes } from '$lib/domain/sync/routes';
import { errorResponse, readUpload } from '$lib/server/http/errors';
import { answer, handleRaw } from '$lib/server/route';
import {
	blobState,
	getBlob,
	OffsetError,
	parseContentRange,
	putBlob
} from '$lib/server/records/blobs';

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
		const part = await readUpload(request, platform, MAX_BLOB_BYTES, 'A photo or file');
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

export const GET = handleRaw(syncRoutes.getBlob, async ({ params, session, db }) => {
	const bytes = await getBlob(db, session, params.sha256);
	return new Response(bytes as Uint8Array<ArrayBuffer>, {
		headers: {
			'content-type': imageType(bytes),
			'x-content-type-options': 'nosniff',
			'content-length': String(bytes.length)
		}
	});
});

/** The photo's type from its first bytes (JPEG, PNG, WebP), else plain bytes. */
function imageType(b: Uint8Array): string {
	if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
	if (b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47) return 'image/png';
	const riff = String.fromCharCode(...b.subarray(0, 4));
	const webp = String.fromCharCode(...b.subarray(8, 12));
	if (riff === 'RIFF' && webp === 'WEBP') return 'image/webp';
	return 'application/octet-stream';
}
