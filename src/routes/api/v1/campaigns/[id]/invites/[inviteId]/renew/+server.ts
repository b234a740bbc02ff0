import { syncRoutes } from '$lib/domain/sync/routes';
import { handle } from '$lib/server/route';
import { renewInvite } from '$lib/server/auth/invite-list';

export const prerender = false;

export const POST = handle(syncRoutes.renewInvite, ({ params, session, db, event }) =>
	renewInvite(db, session, params.id, params.inviteId, event.url.origin)
);
