import { programmeRoutes } from '$lib/domain/programme/routes';
import { handle } from '$lib/server/route';
import { openDispute } from '$lib/server/programme/disputes';

export const prerender = false;

export const POST = handle(programmeRoutes.openDispute, ({ input, params, session, db }) =>
	openDispute(db, session, params.id, input)
);
