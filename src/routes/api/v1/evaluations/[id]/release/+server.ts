import { programmeRoutes } from '$lib/domain/programme/routes';
import { handle } from '$lib/server/route';
import { release } from '$lib/server/programme/release';

export const prerender = false;

export const POST = handle(programmeRoutes.release, ({ input, params, session, db }) =>
	release(db, session, params.id, input.version, Date.now(), input.visibleFrom)
);
