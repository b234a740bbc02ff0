import { programmeRoutes } from '$lib/domain/programme/routes';
import { handle } from '$lib/server/route';
import { decideDispute } from '$lib/server/programme/disputes';

export const prerender = false;

export const POST = handle(programmeRoutes.decideDispute, ({ input, params, session, db }) =>
	decideDispute(db, session, params.id, input)
);
