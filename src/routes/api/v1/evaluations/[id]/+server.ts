import { json } from '@sveltejs/kit';
import type { ConflictBody } from '$lib/domain/sync/protocol';
import { syncRoutes } from '$lib/domain/sync/routes';
import { answer, handle } from '$lib/server/route';
import { ConflictError, putEvaluation } from '$lib/server/records/push';

export const prerender = false;

/** Answers with the record's own status: 201/200, or 409 with the server's copy. */
export const PUT = handle(syncRoutes.putEvaluation, async ({ input, params, session, db }) => {
	try {
		const result = await putEvaluation(db, session, params.id, input);
		return answer(syncRoutes.putEvaluation, result, { status: result.status });
	} catch (error) {
		if (!(error instanceof ConflictError)) throw error;
		const body: ConflictBody = { error: error.code, message: error.message, server: error.server };
		return json(body, { status: 409 });
	}
});
