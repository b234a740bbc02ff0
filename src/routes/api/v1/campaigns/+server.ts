import { syncRoutes } from '$lib/domain/sync/routes';
import { handle } from '$lib/server/route';
import { listCampaigns } from '$lib/server/records/campaigns';

export const prerender = false;

export const GET = handle(syncRoutes.campaigns, ({ session, db }) => listCampaigns(db, session));
