import { syncRoutes } from '$lib/domain/sync/routes';
import { handle } from '$lib/server/route';
import { revokeInvite } from '$lib/server/auth/invite-list';

export const prerender = false;

export const POST = handle(syncRoutes.revokeInvite, ({ params, session, db }) =>
	revokeInvite(db, session, params.id, params.inviteId)
);
