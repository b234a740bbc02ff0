import { json } from '@sveltejs/kit';
import { MAX_BLOB_BYTES, Sha256Hex } from '$lib/domain/sync/protocol';
import { requireSession } from '$lib/server/access';
import { getDb } from '$lib/server/db';
import { api, errorResponse, readUpload } from '$lib/server/errors';
import {
	blobState,
	getBlob,
	OffsetError,
	parseContentRange,
	putBlob
} from '$lib/server/sync/blobs';
import { parseInput } from '$lib/server/sync/input';
import type { RequestHandler } from './$types';

export const prerender = false;

export const HEAD: RequestHandler = async ({ locals, params }) => {
	try {
		const s = requireSession(locals.session);
		const sha = parseInput(Sha256Hex, params.sha256);
		const state = await blobState(await getDb(), s, sha);
		return state.stored
			? new Response(null, { status: 200, headers: { 'content-length': String(state.size) } })
			: new Response(null, { status: 404, headers: { 'upload-offset': String(state.offset) } });
	} catch (error) {
		const answer = errorResponse(error);
		return new Response(null, { status: answer.status });
	}
};

export const PUT: RequestHandler = async ({ locals, params, request, platform }) => {
	try {
		const s = requireSession(locals.session);
		const sha = parseInput(Sha256Hex, params.sha256);
		const part = await readUpload(request, platform, MAX_BLOB_BYTES, 'A photo or file');
		const range = parseContentRange(request.headers.get('content-range'), part.length);
		const result = await putBlob(await getDb(), s, sha, range, part);
		return json(
			{ offset: result.offset },
			{ status: result.status, headers: { 'upload-offset': String(result.offset) } }
		);
	} catch (error) {
		const answer = errorResponse(error);
		if (error instanceof OffsetError) answer.headers.set('upload-offset', String(error.offset));
		return answer;
	}
};

export const GET: RequestHandler = ({ locals, params }) =>
	api(async () => {
		const s = requireSession(locals.session);
		const sha = parseInput(Sha256Hex, params.sha256);
		const bytes = await getBlob(await getDb(), s, sha);
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
