import { syncRoutes } from '$lib/domain/sync/routes';
import { handle } from '$lib/server/route';
import { createInvite } from '$lib/server/auth/invites';
import { listInvites } from '$lib/server/auth/invite-list';

export const prerender = false;

export const GET = handle(syncRoutes.invites, ({ params, session, db }) =>
	listInvites(db, session, params.id)
);

export const POST = handle(syncRoutes.createInvite, ({ input, params, session, db, event }) =>
	createInvite(db, session, params.id, input, event.url.origin)
);
