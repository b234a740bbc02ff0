/**
 * Whether this device is linked to a team server, read without parsing (team.ts parses the
 * link with zod): the first screen asks this and loads nothing of sync on a solo phone.
 */
import { withDb } from './db';

/** True when a team link row is stored (team.ts decides whether it is readable). */
export async function hasTeamLink(): Promise<boolean> {
	try {
		const row = (await withDb((db) => db.get('meta', 'team-link'))) as
			{ link?: { memberId?: unknown } } | undefined;
		return typeof row?.link?.memberId === 'string';
	} catch {
		return false;
	}
}
