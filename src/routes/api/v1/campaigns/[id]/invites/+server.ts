import { json } from '@sveltejs/kit';
import { CreateInvite } from '$lib/domain/sync/protocol';
import { requireSession } from '$lib/server/access';
import { createInvite } from '$lib/server/auth/invites';
import { getDb } from '$lib/server/db';
import { api, readJson } from '$lib/server/errors';
import { parse } from '$lib/server/parse';
import type { RequestHandler } from './$types';

export const prerender = false;

export const POST: RequestHandler = ({ locals, request, params, url }) =>
	api(async () => {
		const session = requireSession(locals.session);
		const body = parse(CreateInvite, await readJson(request, 16_384));
		const created = await createInvite(await getDb(), session, params.id, body, url.origin);
		return json(created, { status: 201 });
	});
