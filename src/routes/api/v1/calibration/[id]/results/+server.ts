import { json } from '@sveltejs/kit';
import { requireSession } from '$lib/server/access';
import { getDb } from '$lib/server/db';
import { api } from '$lib/server/errors';
import { calibrationResults } from '$lib/server/programme/calibration';
import type { RequestHandler } from './$types';

export const prerender = false;

export const GET: RequestHandler = ({ locals, params }) =>
	api(async () =>
		json(await calibrationResults(await getDb(), requireSession(locals.session), params.id))
	);
