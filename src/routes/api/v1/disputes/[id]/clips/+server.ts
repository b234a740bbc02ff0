import { programmeRoutes } from '$lib/domain/programme/routes';
import { handle } from '$lib/server/route';
import { shareClip } from '$lib/server/programme/clips';

export const prerender = false;

export const POST = handle(programmeRoutes.shareClip, ({ input, params, session, db }) =>
	shareClip(db, session, params.id, input)
);
