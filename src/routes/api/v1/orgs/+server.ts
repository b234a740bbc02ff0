import { syncRoutes } from '$lib/domain/sync/routes';
import { handle } from '$lib/server/route';
import { env } from '$env/dynamic/private';
import { signIn } from '$lib/server/auth/cookie';
import { createOrganisation } from '$lib/server/auth/orgs';

export const prerender = false;

export const POST = handle(syncRoutes.createOrg, async ({ input, db, event }) => {
	const { memberId } = await createOrganisation(
		db,
		env.SETUP_TOKEN || undefined,
		input,
		event.getClientAddress()
	);
	return signIn(db, event.cookies, event.url, memberId);
});
