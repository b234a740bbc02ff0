import { json } from '@sveltejs/kit';
import { requireSession } from '$lib/server/access';
import { getDb } from '$lib/server/db';
import { api } from '$lib/server/errors';
import { pull, pullParams } from '$lib/server/sync/pull';
import type { RequestHandler } from './$types';

export const prerender = false;

export const GET: RequestHandler = ({ locals, url }) =>
	api(async () => {
		const s = requireSession(locals.session);
		const { after, limit } = pullParams(url.searchParams);
		return json(await pull(await getDb(), s, after, limit));
	});
