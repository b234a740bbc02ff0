import { json } from '@sveltejs/kit';
import { ReleaseReviewed } from '$lib/domain/programme/review-wire';
import { requireSession } from '$lib/server/access';
import { getDb } from '$lib/server/db';
import { api, readJson } from '$lib/server/errors';
import { parseInput } from '$lib/server/sync/input';
import { release } from '$lib/server/sync/release';
import type { RequestHandler } from './$types';

export const prerender = false;

export const POST: RequestHandler = ({ locals, params, request }) =>
	api(async () => {
		const s = requireSession(locals.session);
		const body = parseInput(ReleaseReviewed, await readJson(request, 64 * 1024));
		return json(
			await release(await getDb(), s, params.id, body.version, Date.now(), body.visibleFrom)
		);
	});
