import { syncRoutes } from '$lib/domain/sync/routes';
import { handle } from '$lib/server/route';
import { putCampaign } from '$lib/server/records/campaigns';

export const prerender = false;

export const PUT = handle(syncRoutes.putCampaign, ({ input, params, session, db }) =>
	putCampaign(db, session, params.id, input)
);
