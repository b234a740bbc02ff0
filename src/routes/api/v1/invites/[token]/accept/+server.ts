import { json } from '@sveltejs/kit';
import { AcceptInvite } from '$lib/domain/sync/protocol';
import { signIn } from '$lib/server/auth/cookie';
import { acceptInvite } from '$lib/server/auth/invites';
import { sessionInfo } from '$lib/server/auth/session-info';
import { getDb } from '$lib/server/db';
import { api, readJson } from '$lib/server/errors';
import { parse } from '$lib/server/parse';
import type { RequestHandler } from './$types';

export const prerender = false;

export const POST: RequestHandler = (event) =>
	api(async () => {
		const body = parse(AcceptInvite, await readJson(event.request, 16_384));
		const db = await getDb();
		const session = event.locals.session;
		const { memberId } = await acceptInvite(
			db,
			session,
			event.params.token,
			body,
			event.getClientAddress()
		);
		const info = session
			? await sessionInfo(db, session)
			: await signIn(db, event.cookies, event.url, memberId);
		return json(info);
	});
