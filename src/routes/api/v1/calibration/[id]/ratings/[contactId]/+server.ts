import { programmeRoutes } from '$lib/domain/programme/routes';
import { handle } from '$lib/server/route';
import { putCalibrationRating } from '$lib/server/programme/calibration';

export const prerender = false;

export const PUT = handle(programmeRoutes.putCalibrationRating, ({ input, params, session, db }) =>
	putCalibrationRating(db, session, params.id, params.contactId, input.answers)
);
