import { programmeRoutes } from '$lib/domain/programme/routes';
import { handle } from '$lib/server/route';
import { putPlan } from '$lib/server/programme/planning';

export const prerender = false;

export const PUT = handle(programmeRoutes.putPlan, ({ input, params, session, db }) =>
	putPlan(db, session, params.id, input)
);
