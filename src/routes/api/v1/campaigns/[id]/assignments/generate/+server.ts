import { json } from '@sveltejs/kit';
import { GenerateAssignments } from '$lib/domain/programme/planning-wire';
import { requireSession } from '$lib/server/access';
import { getDb } from '$lib/server/db';
import { api, readJson } from '$lib/server/errors';
import { parse } from '$lib/server/parse';
import { generateAssignments } from '$lib/server/programme/assignments';
import type { RequestHandler } from './$types';

export const prerender = false;

export const POST: RequestHandler = ({ locals, request, params }) =>
	api(async () => {
		const session = requireSession(locals.session);
		const body = parse(GenerateAssignments, await readJson(request, 65_536));
		return json(await generateAssignments(await getDb(), session, params.id, body));
	});
