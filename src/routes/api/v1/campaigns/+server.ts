import { json } from '@sveltejs/kit';
import { requireSession } from '$lib/server/access';
import { getDb } from '$lib/server/db';
import { api } from '$lib/server/errors';
import { listCampaigns } from '$lib/server/sync/campaigns';
import type { RequestHandler } from './$types';

export const prerender = false;

export const GET: RequestHandler = ({ locals }) =>
	api(async () => {
		const s = requireSession(locals.session);
		return json(await listCampaigns(await getDb(), s));
	});
