import { syncRoutes } from '$lib/domain/sync/routes';
import { handle } from '$lib/server/route';
import { listMembers } from '$lib/server/auth/invites';

export const prerender = false;

export const GET = handle(syncRoutes.members, ({ params, session, db }) =>
	listMembers(db, session, params.id)
);
