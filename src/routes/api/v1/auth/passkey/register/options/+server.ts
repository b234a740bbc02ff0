import { json } from '@sveltejs/kit';
import { requireSession } from '$lib/server/access';
import { registrationOptions, relyingParty } from '$lib/server/auth/passkeys';
import { getDb } from '$lib/server/db';
import { api } from '$lib/server/errors';
import type { RequestHandler } from './$types';

export const prerender = false;

export const POST: RequestHandler = ({ locals, url }) =>
	api(async () => {
		const session = requireSession(locals.session);
		return json(await registrationOptions(await getDb(), session, relyingParty(url)));
	});
