import { json } from '@sveltejs/kit';
import { requireSession } from '$lib/server/access';
import { getDb } from '$lib/server/db';
import { api } from '$lib/server/errors';
import { centerFiguresOf } from '$lib/server/programme/center';
import type { RequestHandler } from './$types';

export const prerender = false;

export const GET: RequestHandler = ({ locals, params }) =>
	api(async () => {
		const s = requireSession(locals.session);
		return json(await centerFiguresOf(await getDb(), s, params.id));
	});
