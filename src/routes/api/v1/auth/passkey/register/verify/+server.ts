import { syncRoutes } from '$lib/domain/sync/routes';
import { handle } from '$lib/server/route';
import { registerPasskey, relyingParty } from '$lib/server/auth/passkeys';

export const prerender = false;

export const POST = handle(syncRoutes.passkeyRegisterVerify, ({ input, session, db, event }) =>
	registerPasskey(db, session, relyingParty(event.url), input)
);
