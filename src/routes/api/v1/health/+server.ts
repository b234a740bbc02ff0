import { syncRoutes } from '$lib/domain/sync/routes';
import { healthAnswer, healthFailed } from '$lib/server/health';
import { handleRaw } from '$lib/server/route';

export const prerender = false;

/** 200 once the database answered a query; 503 with Retry-After while it cannot be reached. */
export const GET = handleRaw(
	syncRoutes.health,
	({ db }) => healthAnswer(() => Promise.resolve(db)),
	healthFailed
);
