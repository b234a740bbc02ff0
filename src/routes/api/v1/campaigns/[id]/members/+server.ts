import { json } from '@sveltejs/kit';
import { requireSession } from '$lib/server/access';
import { listMembers } from '$lib/server/auth/invites';
import { getDb } from '$lib/server/db';
import { api } from '$lib/server/errors';
import type { RequestHandler } from './$types';

export const prerender = false;

export const GET: RequestHandler = ({ locals, params }) =>
	api(async () =>
		json(await listMembers(await getDb(), requireSession(locals.session), params.id))
	);
