import { syncRoutes } from '$lib/domain/sync/routes';
import { handle } from '$lib/server/route';
import { pull } from '$lib/server/records/pull';

export const prerender = false;

export const GET = handle(syncRoutes.pull, ({ input, session, db }) =>
	pull(db, session, input.after, input.limit)
);
