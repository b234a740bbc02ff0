import { programmeRoutes } from '$lib/domain/programme/routes';
import { handle } from '$lib/server/route';
import { archiveScenario } from '$lib/server/programme/planning';

export const prerender = false;

export const POST = handle(programmeRoutes.archiveScenario, ({ params, session, db }) =>
	archiveScenario(db, session, params.id, params.sid)
);
