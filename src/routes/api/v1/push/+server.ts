import { syncRoutes } from '$lib/domain/sync/routes';
import { handle } from '$lib/server/route';
import { push } from '$lib/server/records/push';

export const prerender = false;

export const POST = handle(syncRoutes.push, ({ input, session, db }) => push(db, session, input));
