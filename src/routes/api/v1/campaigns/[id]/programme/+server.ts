import { json } from '@sveltejs/kit';
import { requireSession } from '$lib/server/access';
import { getDb } from '$lib/server/db';
import { api } from '$lib/server/errors';
import { programmeSnapshot } from '$lib/server/programme/snapshot';
import type { RequestHandler } from './$types';

export const prerender = false;

export const GET: RequestHandler = ({ locals, params }) =>
	api(async () => {
		const s = requireSession(locals.session);
		return json(await programmeSnapshot(await getDb(), s, params.id));
	});
