/**
 * The team link of this device in the `meta` store: which member of which team server (this
 * app's own origin) it is signed in as, and what that member takes part in, kept so that a
 * phone offline still knows its campaigns and roles. The session itself is an HttpOnly cookie
 * the page never sees. No link = solo mode.
 */
import { z } from '$lib/domain/base/zod';
import { CampaignRole } from '$lib/domain/sync/protocol';
import { withDb } from './db';

const ID = 'team-link';

export const TeamLink = z.object({
	memberId: z.string(),
	displayName: z.string(),
	orgs: z.array(z.object({ id: z.string(), name: z.string(), role: z.enum(['owner', 'member']) })),
	memberships: z.array(z.object({ campaignId: z.string(), role: CampaignRole })),
	/** When this device was linked, and when the server last confirmed the session (epoch ms). */
	linkedAt: z.number(),
	confirmedAt: z.number()
});
export type TeamLink = z.infer<typeof TeamLink>;

/** This device's team link, or undefined in solo mode (an unreadable row counts as none). */
export async function getTeamLink(): Promise<TeamLink | undefined> {
	return withDb(async (db) => {
		const row = (await db.get('meta', ID)) as { id: string; link?: unknown } | undefined;
		const parsed = TeamLink.safeParse(row?.link);
		return parsed.success ? parsed.data : undefined;
	});
}

export async function saveTeamLink(link: TeamLink): Promise<void> {
	await withDb(async (db) => {
		await db.put('meta', { id: ID, link: TeamLink.parse(link) } as { id: string });
	});
}

/** Back to solo mode (after signing out). Records and the outbox stay on the device. */
export async function clearTeamLink(): Promise<void> {
	await withDb(async (db) => {
		await db.delete('meta', ID);
	});
}
