import { syncRoutes } from '$lib/domain/sync/routes';
import { handle } from '$lib/server/route';
import { authenticationOptions, relyingParty } from '$lib/server/auth/passkeys';

export const prerender = false;

export const POST = handle(syncRoutes.passkeyLoginOptions, async ({ db, event }) => ({
	...(await authenticationOptions(db, relyingParty(event.url)))
}));
