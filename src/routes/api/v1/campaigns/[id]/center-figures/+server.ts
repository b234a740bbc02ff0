import { programmeRoutes } from '$lib/domain/programme/routes';
import { handle } from '$lib/server/route';
import { centerFiguresOf } from '$lib/server/programme/center';

export const prerender = false;

export const GET = handle(programmeRoutes.centerFigures, ({ params, session, db }) =>
	centerFiguresOf(db, session, params.id)
);
