import { syncRoutes } from '$lib/domain/sync/routes';
import { handle } from '$lib/server/route';
import { clearSessionCookie } from '$lib/server/auth/cookie';
import { revokeSession } from '$lib/server/auth/session';

export const prerender = false;

export const POST = handle(syncRoutes.signOut, async ({ session, db, event }) => {
	await revokeSession(db, session.idHash);
	clearSessionCookie(event.cookies, event.url);
	return { ok: true } as const;
});
