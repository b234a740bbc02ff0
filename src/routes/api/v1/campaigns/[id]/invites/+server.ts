import { syncRoutes } from '$lib/domain/sync/routes';
import { handle } from '$lib/server/route';
import { createInvite } from '$lib/server/auth/invites';

export const prerender = false;

export const POST = handle(syncRoutes.createInvite, ({ input, params, session, db, event }) =>
	createInvite(db, session, params.id, input, event.url.origin)
);
