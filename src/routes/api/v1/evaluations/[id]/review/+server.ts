import { json } from '@sveltejs/kit';
import { ReviewRequest } from '$lib/domain/programme/review-wire';
import { requireSession } from '$lib/server/access';
import { getDb } from '$lib/server/db';
import { api, readJson } from '$lib/server/errors';
import { review } from '$lib/server/programme/review';
import { parseInput } from '$lib/server/sync/input';
import type { RequestHandler } from './$types';

export const prerender = false;

export const POST: RequestHandler = ({ locals, params, request }) =>
	api(async () => {
		const s = requireSession(locals.session);
		const body = parseInput(ReviewRequest, await readJson(request, 256 * 1024));
		return json(await review(await getDb(), s, params.id, body));
	});
