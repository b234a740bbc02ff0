import { json } from '@sveltejs/kit';
import { PutEvaluation, type ConflictBody } from '$lib/domain/sync/protocol';
import { requireSession } from '$lib/server/access';
import { getDb } from '$lib/server/db';
import { api, readJson } from '$lib/server/errors';
import { parseInput } from '$lib/server/sync/input';
import { ConflictError, putEvaluation } from '$lib/server/sync/push';
import type { RequestHandler } from './$types';

export const prerender = false;

export const PUT: RequestHandler = ({ locals, params, request }) =>
	api(async () => {
		const s = requireSession(locals.session);
		const body = parseInput(PutEvaluation, await readJson(request));
		try {
			const result = await putEvaluation(await getDb(), s, params.id, body);
			return json(result, { status: result.status });
		} catch (error) {
			if (!(error instanceof ConflictError)) throw error;
			const answer: ConflictBody = {
				error: error.code,
				message: error.message,
				server: error.server
			};
			return json(answer, { status: 409 });
		}
	});
