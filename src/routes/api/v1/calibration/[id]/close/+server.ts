import { programmeRoutes } from '$lib/domain/programme/routes';
import { handle } from '$lib/server/route';
import { closeCalibrationSession } from '$lib/server/programme/calibration';

export const prerender = false;

export const POST = handle(programmeRoutes.closeCalibration, ({ params, session, db }) =>
	closeCalibrationSession(db, session, params.id)
);
