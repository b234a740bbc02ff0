import { programmeRoutes } from '$lib/domain/programme/routes';
import { handle } from '$lib/server/route';
import { calibrationView } from '$lib/server/programme/calibration';

export const prerender = false;

export const GET = handle(programmeRoutes.calibrationView, ({ params, session, db }) =>
	calibrationView(db, session, params.id)
);
