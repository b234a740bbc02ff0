import { syncRoutes } from '$lib/domain/sync/routes';
import { handle } from '$lib/server/route';
import { removeMember } from '$lib/server/auth/invites';

export const prerender = false;

export const DELETE = handle(syncRoutes.removeMember, async ({ params, session, db }) => {
	await removeMember(db, session, params.id, params.memberId, params.role);
	return { ok: true } as const;
});
