import { json } from '@sveltejs/kit';
import { CampaignSettingsRequest } from '$lib/domain/programme/center';
import { requireSession } from '$lib/server/access';
import { getDb } from '$lib/server/db';
import { api, readJson } from '$lib/server/errors';
import { setDisputeDays } from '$lib/server/programme/disputes';
import { parseInput } from '$lib/server/sync/input';
import type { RequestHandler } from './$types';

export const prerender = false;

export const PUT: RequestHandler = ({ locals, params, request }) =>
	api(async () => {
		const s = requireSession(locals.session);
		const body = parseInput(CampaignSettingsRequest, await readJson(request, 64 * 1024));
		return json(await setDisputeDays(await getDb(), s, params.id, body.disputeDays));
	});
