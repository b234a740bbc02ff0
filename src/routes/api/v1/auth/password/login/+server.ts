import { syncRoutes } from '$lib/domain/sync/routes';
import { handle } from '$lib/server/route';
import { signIn } from '$lib/server/auth/cookie';
import { passwordLogin } from '$lib/server/auth/passwords';

export const prerender = false;

export const POST = handle(syncRoutes.passwordLogin, async ({ input, db, event }) => {
	const memberId = await passwordLogin(db, input, event.getClientAddress());
	return signIn(db, event.cookies, event.url, memberId);
});
