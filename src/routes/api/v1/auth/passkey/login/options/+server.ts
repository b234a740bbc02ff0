import { json } from '@sveltejs/kit';
import { authenticationOptions, relyingParty } from '$lib/server/auth/passkeys';
import { getDb } from '$lib/server/db';
import { api } from '$lib/server/errors';
import type { RequestHandler } from './$types';

export const prerender = false;

export const POST: RequestHandler = ({ url }) =>
	api(async () => json(await authenticationOptions(await getDb(), relyingParty(url))));
