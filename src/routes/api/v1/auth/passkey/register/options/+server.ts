import { syncRoutes } from '$lib/domain/sync/routes';
import { handle } from '$lib/server/route';
import { registrationOptions, relyingParty } from '$lib/server/auth/passkeys';

export const prerender = false;

export const POST = handle(syncRoutes.passkeyRegisterOptions, async ({ session, db, event }) => ({
	...(await registrationOptions(db, session, relyingParty(event.url)))
}));
