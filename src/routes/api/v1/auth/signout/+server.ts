import { json } from '@sveltejs/kit';
import { requireSession } from '$lib/server/access';
import { clearSessionCookie } from '$lib/server/auth/cookie';
import { revokeSession } from '$lib/server/auth/session';
import { getDb } from '$lib/server/db';
import { api } from '$lib/server/errors';
import type { RequestHandler } from './$types';

export const prerender = false;

export const POST: RequestHandler = ({ locals, cookies, url }) =>
	api(async () => {
		const session = requireSession(locals.session);
		await revokeSession(await getDb(), session.idHash);
		clearSessionCookie(cookies, url);
		return json({ ok: true });
	});
