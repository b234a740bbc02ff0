/**
 * The center's figures by wave as the team server last answered (`meta` row
 * `center-figures:<campaignId>`): a manager offline still sees the trend and the programme's
 * average. Written by the center page after an online fetch.
 */
import { CenterFigures } from '$lib/domain/programme/center';
import { withDb } from './db';

const key = (campaignId: string) => `center-figures:${campaignId}`;

export async function saveCenterFigures(figures: CenterFigures): Promise<void> {
	const value = CenterFigures.parse(figures);
	await withDb(async (db) => {
		await db.put('meta', { id: key(value.campaignId), figures: value } as { id: string });
	});
}

/** The last figures of a campaign (undefined = never fetched, or unreadable). */
export async function getCenterFigures(campaignId: string): Promise<CenterFigures | undefined> {
	const row = (await withDb((db) => db.get('meta', key(campaignId)))) as
		{ figures?: unknown } | undefined;
	const parsed = CenterFigures.safeParse(row?.figures);
	return parsed.success ? parsed.data : undefined;
}
