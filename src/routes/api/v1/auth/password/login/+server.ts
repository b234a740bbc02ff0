import { json } from '@sveltejs/kit';
import { PasswordLogin } from '$lib/domain/sync/protocol';
import { signIn } from '$lib/server/auth/cookie';
import { passwordLogin } from '$lib/server/auth/passwords';
import { getDb } from '$lib/server/db';
import { api, readJson } from '$lib/server/errors';
import { parse } from '$lib/server/parse';
import type { RequestHandler } from './$types';

export const prerender = false;

export const POST: RequestHandler = (event) =>
	api(async () => {
		const body = parse(PasswordLogin, await readJson(event.request, 16_384));
		const db = await getDb();
		const memberId = await passwordLogin(db, body, event.getClientAddress());
		return json(await signIn(db, event.cookies, event.url, memberId));
	});
