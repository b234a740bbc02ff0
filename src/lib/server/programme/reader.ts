// Who reads the programme: the caller's roles in a campaign as the permissions table's scopes
// and fields, and the campaign's dispute deadline. Every area's *For reader takes a Reader.
import { eq } from 'drizzle-orm';
import { mayRead, scopesOf, type Field, type Scope } from '$lib/domain/access/permissions';
import { DEFAULT_DISPUTE_DAYS } from '$lib/domain/programme/review';
import type { CampaignRole } from '$lib/domain/sync/protocol';
import type { Session } from '../auth/session';
import type { Db } from '../db';
import { campaignSettings } from '../db/schema';

/**
 * What the caller may read, by the roles they hold in the campaign: the permissions table's
 * scopes (which evaluations) and fields (which parts).
 */
export interface Reader {
	memberId: string;
	roles: readonly CampaignRole[];
	/** Which of the campaign's evaluations the roles read. */
	scopes: ReadonlySet<Scope>;
	/** True when the roles may receive `field`. */
	reads(field: Field): boolean;
}

export function readerOf(session: Session, roles: readonly CampaignRole[]): Reader {
	const scopes = scopesOf(roles);
	return {
		memberId: session.memberId,
		roles,
		scopes,
		reads: (field) => mayRead(roles, field)
	};
}

/** The campaign's dispute deadline in days (the default until a coordinator sets one). */
export async function disputeDaysOf(db: Db, campaignId: string): Promise<number> {
	const rows = await db.orm
		.select({ days: campaignSettings.disputeDays })
		.from(campaignSettings)
		.where(eq(campaignSettings.campaignId, campaignId))
		.limit(1);
	return rows[0]?.days ?? DEFAULT_DISPUTE_DAYS;
}
