import { syncRoutes } from '$lib/domain/sync/routes';
import { handle } from '$lib/server/route';
import { signIn } from '$lib/server/auth/cookie';
import { acceptInvite } from '$lib/server/auth/invites';
import { sessionInfo } from '$lib/server/auth/session-info';

export const prerender = false;

export const POST = handle(
	syncRoutes.acceptInvite,
	async ({ input, params, session, db, event }) => {
		const { memberId } = await acceptInvite(
			db,
			session,
			params.token,
			input,
			event.getClientAddress()
		);
		return session ? sessionInfo(db, session) : signIn(db, event.cookies, event.url, memberId);
	}
);
