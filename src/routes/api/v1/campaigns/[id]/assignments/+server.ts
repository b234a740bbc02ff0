import { programmeRoutes } from '$lib/domain/programme/routes';
import { handle } from '$lib/server/route';
import { addAssignment } from '$lib/server/programme/assignments';

export const prerender = false;

export const POST = handle(programmeRoutes.addAssignment, ({ input, params, session, db }) =>
	addAssignment(db, session, params.id, input)
);
