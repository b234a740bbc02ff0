import { json } from '@sveltejs/kit';
import { PutCampaign } from '$lib/domain/sync/protocol';
import { requireSession } from '$lib/server/access';
import { getDb } from '$lib/server/db';
import { api, readJson } from '$lib/server/errors';
import { putCampaign } from '$lib/server/sync/campaigns';
import { parseInput } from '$lib/server/sync/input';
import type { RequestHandler } from './$types';

export const prerender = false;

export const PUT: RequestHandler = ({ locals, params, request }) =>
	api(async () => {
		const s = requireSession(locals.session);
		const body = parseInput(PutCampaign, await readJson(request));
		return json(await putCampaign(await getDb(), s, params.id, body));
	});
