import { programmeRoutes } from '$lib/domain/programme/routes';
import { handle } from '$lib/server/route';
import { acknowledge } from '$lib/server/programme/center';

export const prerender = false;

export const POST = handle(programmeRoutes.acknowledge, ({ input, params, session, db }) =>
	acknowledge(db, session, params.id, input.version)
);
