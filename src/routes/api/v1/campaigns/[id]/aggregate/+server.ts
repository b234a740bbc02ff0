import { syncRoutes } from '$lib/domain/sync/routes';
import { handle } from '$lib/server/route';
import { campaignAggregate } from '$lib/server/records/aggregate';

export const prerender = false;

export const GET = handle(syncRoutes.aggregate, ({ params, session, db }) =>
	campaignAggregate(db, session, params.id)
);
