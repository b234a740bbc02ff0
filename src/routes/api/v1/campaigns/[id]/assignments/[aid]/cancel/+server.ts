import { programmeRoutes } from '$lib/domain/programme/routes';
import { handle } from '$lib/server/route';
import { cancelAssignment } from '$lib/server/programme/assignments';

export const prerender = false;

export const POST = handle(programmeRoutes.cancelAssignment, ({ params, session, db }) =>
	cancelAssignment(db, session, params.id, params.aid)
);
