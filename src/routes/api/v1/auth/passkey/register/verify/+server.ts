import { json } from '@sveltejs/kit';
import { PasskeyAnswer } from '$lib/domain/sync/protocol';
import { requireSession } from '$lib/server/access';
import { registerPasskey, relyingParty } from '$lib/server/auth/passkeys';
import { getDb } from '$lib/server/db';
import { api, readJson } from '$lib/server/errors';
import { parse } from '$lib/server/parse';
import type { RequestHandler } from './$types';

export const prerender = false;

export const POST: RequestHandler = ({ locals, url, request }) =>
	api(async () => {
		const session = requireSession(locals.session);
		const body = parse(PasskeyAnswer, await readJson(request, 65_536));
		return json(await registerPasskey(await getDb(), session, relyingParty(url), body));
	});
