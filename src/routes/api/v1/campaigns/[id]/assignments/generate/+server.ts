import { programmeRoutes } from '$lib/domain/programme/routes';
import { handle } from '$lib/server/route';
import { generateAssignments } from '$lib/server/programme/assignments';

export const prerender = false;

export const POST = handle(programmeRoutes.generateAssignments, ({ input, params, session, db }) =>
	generateAssignments(db, session, params.id, input)
);
