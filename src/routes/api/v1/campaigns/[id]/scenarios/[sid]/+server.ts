import { json } from '@sveltejs/kit';
import { Scenario } from '$lib/domain/programme/records';
import { requireSession } from '$lib/server/access';
import { getDb } from '$lib/server/db';
import { api, readJson } from '$lib/server/errors';
import { parse } from '$lib/server/parse';
import { putScenario } from '$lib/server/programme/planning';
import type { RequestHandler } from './$types';

export const prerender = false;

export const PUT: RequestHandler = ({ locals, request, params }) =>
	api(async () => {
		const session = requireSession(locals.session);
		const body = parse(Scenario, await readJson(request, 65_536));
		return json(await putScenario(await getDb(), session, params.id, params.sid, body));
	});
