import { json } from '@sveltejs/kit';
import { Plan } from '$lib/domain/programme/records';
import { requireSession } from '$lib/server/access';
import { getDb } from '$lib/server/db';
import { api, readJson } from '$lib/server/errors';
import { parse } from '$lib/server/parse';
import { putPlan } from '$lib/server/programme/planning';
import type { RequestHandler } from './$types';

export const prerender = false;

export const PUT: RequestHandler = ({ locals, request, params }) =>
	api(async () => {
		const session = requireSession(locals.session);
		const body = parse(Plan, await readJson(request, 262_144));
		return json(await putPlan(await getDb(), session, params.id, body));
	});
