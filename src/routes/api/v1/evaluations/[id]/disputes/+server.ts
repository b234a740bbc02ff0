import { json } from '@sveltejs/kit';
import { OpenDisputeRequest } from '$lib/domain/programme/center';
import { requireSession } from '$lib/server/access';
import { getDb } from '$lib/server/db';
import { api, readJson } from '$lib/server/errors';
import { openDispute } from '$lib/server/programme/disputes';
import { parseInput } from '$lib/server/sync/input';
import type { RequestHandler } from './$types';

export const prerender = false;

export const POST: RequestHandler = ({ locals, params, request }) =>
	api(async () => {
		const s = requireSession(locals.session);
		const body = parseInput(OpenDisputeRequest, await readJson(request, 512 * 1024));
		return json(await openDispute(await getDb(), s, params.id, body), { status: 201 });
	});
