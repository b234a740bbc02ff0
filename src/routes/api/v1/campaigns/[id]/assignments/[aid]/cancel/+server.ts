import { json } from '@sveltejs/kit';
import { requireSession } from '$lib/server/access';
import { getDb } from '$lib/server/db';
import { api } from '$lib/server/errors';
import { cancelAssignment } from '$lib/server/programme/assignments';
import type { RequestHandler } from './$types';

export const prerender = false;

export const POST: RequestHandler = ({ locals, params }) =>
	api(async () => {
		const session = requireSession(locals.session);
		return json(await cancelAssignment(await getDb(), session, params.id, params.aid));
	});
