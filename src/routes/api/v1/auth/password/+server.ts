import { json } from '@sveltejs/kit';
import { SetPassword } from '$lib/domain/sync/protocol';
import { requireSession } from '$lib/server/access';
import { setPassword } from '$lib/server/auth/passwords';
import { getDb } from '$lib/server/db';
import { api, readJson } from '$lib/server/errors';
import { parse } from '$lib/server/parse';
import type { RequestHandler } from './$types';

export const prerender = false;

export const POST: RequestHandler = ({ locals, request }) =>
	api(async () => {
		const session = requireSession(locals.session);
		const body = parse(SetPassword, await readJson(request, 16_384));
		return json(await setPassword(await getDb(), session, body));
	});
