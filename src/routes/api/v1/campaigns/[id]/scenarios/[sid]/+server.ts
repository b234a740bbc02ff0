import { programmeRoutes } from '$lib/domain/programme/routes';
import { handle } from '$lib/server/route';
import { putScenario } from '$lib/server/programme/planning';

export const prerender = false;

export const PUT = handle(programmeRoutes.putScenario, ({ input, params, session, db }) =>
	putScenario(db, session, params.id, params.sid, input)
);
