import { programmeRoutes } from '$lib/domain/programme/routes';
import { disputeClip } from '$lib/server/programme/clips';
import { notFound } from '$lib/server/http/errors';
import { handleRaw } from '$lib/server/route';

export const prerender = false;

/** The shared stretch as WAV audio (the player reads it whole: a clip is short). */
export const GET = handleRaw(programmeRoutes.disputeClip, async ({ params, session, db }) => {
	if (!/^\d{1,3}$/.test(params.n)) throw notFound(`This dispute has no clip ${params.n}.`);
	const bytes = await disputeClip(db, session, params.id, Number(params.n));
	return new Response(bytes, {
		headers: {
			'content-type': 'audio/wav',
			'content-length': String(bytes.length),
			'x-content-type-options': 'nosniff',
			'cache-control': 'private, no-store'
		}
	});
});
