import { syncRoutes } from '$lib/domain/sync/routes';
import { handle } from '$lib/server/route';
import { sessionInfo } from '$lib/server/auth/session-info';

export const prerender = false;

export const GET = handle(syncRoutes.session, ({ session, db }) => sessionInfo(db, session));
