import { json } from '@sveltejs/kit';
import { PushRequest } from '$lib/domain/sync/protocol';
import { requireSession } from '$lib/server/access';
import { getDb } from '$lib/server/db';
import { api, readJson } from '$lib/server/errors';
import { parseInput } from '$lib/server/sync/input';
import { push } from '$lib/server/sync/push';
import type { RequestHandler } from './$types';

export const prerender = false;

export const POST: RequestHandler = ({ locals, request }) =>
	api(async () => {
		const s = requireSession(locals.session);
		const body = parseInput(PushRequest, await readJson(request));
		return json(await push(await getDb(), s, body));
	});
