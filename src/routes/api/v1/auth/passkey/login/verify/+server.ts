import { syncRoutes } from '$lib/domain/sync/routes';
import { handle } from '$lib/server/route';
import { signIn } from '$lib/server/auth/cookie';
import { passkeyLogin, relyingParty } from '$lib/server/auth/passkeys';

export const prerender = false;

export const POST = handle(syncRoutes.passkeyLoginVerify, async ({ input, db, event }) => {
	const rp = relyingParty(event.url);
	const memberId = await passkeyLogin(db, rp, input, event.getClientAddress());
	return signIn(db, event.cookies, event.url, memberId);
});
