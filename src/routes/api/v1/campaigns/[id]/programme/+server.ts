import { programmeRoutes } from '$lib/domain/programme/routes';
import { handle } from '$lib/server/route';
import { programmeSnapshot } from '$lib/server/programme/snapshot';

export const prerender = false;

export const GET = handle(programmeRoutes.programme, ({ params, session, db }) =>
	programmeSnapshot(db, session, params.id)
);
