import { json } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { CreateOrg } from '$lib/domain/sync/protocol';
import { signIn } from '$lib/server/auth/cookie';
import { createOrganisation } from '$lib/server/auth/orgs';
import { getDb } from '$lib/server/db';
import { api, readJson } from '$lib/server/errors';
import { parse } from '$lib/server/parse';
import type { RequestHandler } from './$types';

export const prerender = false;

export const POST: RequestHandler = (event) =>
	api(async () => {
		const body = parse(CreateOrg, await readJson(event.request, 16_384));
		const db = await getDb();
		const { memberId } = await createOrganisation(
			db,
			env.SETUP_TOKEN || undefined,
			body,
			event.getClientAddress()
		);
		return json(await signIn(db, event.cookies, event.url, memberId), { status: 201 });
	});
