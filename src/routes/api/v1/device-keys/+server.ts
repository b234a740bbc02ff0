import { json } from '@sveltejs/kit';
import { RegisterDeviceKey } from '$lib/domain/sync/protocol';
import { requireSession } from '$lib/server/access';
import { getDb } from '$lib/server/db';
import { api, readJson } from '$lib/server/errors';
import { knownKeys, registerDeviceKey } from '$lib/server/sync/device-keys';
import { parseInput } from '$lib/server/sync/input';
import type { RequestHandler } from './$types';

export const prerender = false;

export const GET: RequestHandler = ({ locals }) =>
	api(async () => {
		const s = requireSession(locals.session);
		return json(await knownKeys(await getDb(), s));
	});

export const POST: RequestHandler = ({ locals, request }) =>
	api(async () => {
		const s = requireSession(locals.session);
		const body = parseInput(RegisterDeviceKey, await readJson(request, 64 * 1024));
		return json(await registerDeviceKey(await getDb(), s, body));
	});
