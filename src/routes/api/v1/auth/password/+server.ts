import { syncRoutes } from '$lib/domain/sync/routes';
import { handle } from '$lib/server/route';
import { setPassword } from '$lib/server/auth/passwords';

export const prerender = false;

export const POST = handle(syncRoutes.setPassword, ({ input, session, db }) =>
	setPassword(db, session, input)
);
