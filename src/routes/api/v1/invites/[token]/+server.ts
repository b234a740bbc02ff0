import { json } from '@sveltejs/kit';
import { readInvite } from '$lib/server/auth/invites';
import { getDb } from '$lib/server/db';
import { api } from '$lib/server/errors';
import type { RequestHandler } from './$types';

export const prerender = false;

export const GET: RequestHandler = (event) =>
	api(async () =>
		json(await readInvite(await getDb(), event.params.token, event.getClientAddress()))
	);
