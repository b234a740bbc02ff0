import { programmeRoutes } from '$lib/domain/programme/routes';
import { handle } from '$lib/server/route';
import { setCampaignSettings } from '$lib/server/programme/settings';

export const prerender = false;

export const PUT = handle(programmeRoutes.campaignSettings, ({ input, params, session, db }) =>
	setCampaignSettings(db, session, params.id, input)
);
