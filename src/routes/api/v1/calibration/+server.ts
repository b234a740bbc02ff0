import { programmeRoutes } from '$lib/domain/programme/routes';
import { handle } from '$lib/server/route';
import {
	createCalibrationSession,
	listCalibrationSessions
} from '$lib/server/programme/calibration';

export const prerender = false;

export const GET = handle(programmeRoutes.calibrationSessions, ({ session, db }) =>
	listCalibrationSessions(db, session)
);

export const POST = handle(programmeRoutes.newCalibrationSession, ({ input, session, db }) =>
	createCalibrationSession(db, session, input)
);
