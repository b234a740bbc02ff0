import { programmeRoutes } from '$lib/domain/programme/routes';
import { handle } from '$lib/server/route';
import { review } from '$lib/server/programme/review';

export const prerender = false;

export const POST = handle(programmeRoutes.review, ({ input, params, session, db }) =>
	review(db, session, params.id, input)
);
