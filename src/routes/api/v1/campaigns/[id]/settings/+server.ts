import { programmeRoutes } from '$lib/domain/programme/routes';
import { handle } from '$lib/server/route';
import { setDisputeDays } from '$lib/server/programme/disputes';

export const prerender = false;

export const PUT = handle(programmeRoutes.campaignSettings, ({ input, params, session, db }) =>
	setDisputeDays(db, session, params.id, input.disputeDays)
);
