import { syncRoutes } from '$lib/domain/sync/routes';
import { handle } from '$lib/server/route';
import { readInvite } from '$lib/server/auth/invites';

export const prerender = false;

export const GET = handle(syncRoutes.invite, ({ params, session, db, event }) =>
	readInvite(db, params.token, event.getClientAddress(), new Date(), session)
);
