import { json } from '@sveltejs/kit';
import { requireSession } from '$lib/server/access';
import { sessionInfo } from '$lib/server/auth/session-info';
import { getDb } from '$lib/server/db';
import { api } from '$lib/server/errors';
import type { RequestHandler } from './$types';

export const prerender = false;

export const GET: RequestHandler = ({ locals }) =>
	api(async () => json(await sessionInfo(await getDb(), requireSession(locals.session))));
