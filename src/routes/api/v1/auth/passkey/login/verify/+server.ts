import { json } from '@sveltejs/kit';
import { PasskeyAnswer } from '$lib/domain/sync/protocol';
import { signIn } from '$lib/server/auth/cookie';
import { passkeyLogin, relyingParty } from '$lib/server/auth/passkeys';
import { getDb } from '$lib/server/db';
import { api, readJson } from '$lib/server/errors';
import { parse } from '$lib/server/parse';
import type { RequestHandler } from './$types';

export const prerender = false;

export const POST: RequestHandler = (event) =>
	api(async () => {
		const body = parse(PasskeyAnswer, await readJson(event.request, 65_536));
		const db = await getDb();
		const rp = relyingParty(event.url);
		const memberId = await passkeyLogin(db, rp, body, event.getClientAddress());
		return json(await signIn(db, event.cookies, event.url, memberId));
	});
