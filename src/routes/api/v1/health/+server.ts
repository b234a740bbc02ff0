import { syncRoutes } from '$lib/domain/sync/routes';
import { handle } from '$lib/server/route';
import { health } from '$lib/server/health';

export const prerender = false;

export const GET = handle(syncRoutes.health, ({ db }) => health(db));
