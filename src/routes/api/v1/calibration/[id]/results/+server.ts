import { programmeRoutes } from '$lib/domain/programme/routes';
import { handle } from '$lib/server/route';
import { calibrationResults } from '$lib/server/programme/calibration';

export const prerender = false;

export const GET = handle(programmeRoutes.calibrationResults, ({ params, session, db }) =>
	calibrationResults(db, session, params.id)
);
