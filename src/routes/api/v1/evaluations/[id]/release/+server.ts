import { json } from '@sveltejs/kit';
import { ReleaseRequest } from '$lib/domain/sync/protocol';
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
		const body = parseInput(ReleaseRequest, await readJson(request, 64 * 1024));
		return json(await release(await getDb(), s, params.id, body.version));
	});
