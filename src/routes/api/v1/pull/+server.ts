import { dev } from '$app/environment';
import { env } from '$env/dynamic/private';
import { syncRoutes } from '$lib/domain/sync/routes';
import { answer, handle } from '$lib/server/route';
import { pullText } from '$lib/server/records/pull';

export const prerender = false;

// The page is written as text (see pullText); where answers are checked against their schema,
// this one is too.
export const GET = handle(syncRoutes.pull, async ({ input, session, db }) => {
	const text = await pullText(db, session, input.after, input.limit);
	if (dev || env.CHECK_API_OUTPUT === '1') return answer(syncRoutes.pull, JSON.parse(text));
	return new Response(text, { headers: { 'content-type': 'application/json' } });
});
