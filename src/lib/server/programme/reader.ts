// Who reads the programme: the caller's roles in a campaign as the permissions table's scopes
// and fields, and the campaign's settings (dispute deadline, recordings' retention). Every area's *For reader takes a Reader.
import { eq } from 'drizzle-orm';
import { mayRead, scopesOf, type Field, type Scope } from '$lib/domain/access/permissions';
import { DEFAULT_DISPUTE_DAYS } from '$lib/domain/programme/review';
import type { CampaignSettingsResult } from '$lib/domain/programme/center';
import { DEFAULT_RECORDING_RETENTION_DAYS } from '$lib/domain/recording/retention';
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

/** The campaign's settings (the defaults until a coordinator sets them). */
export async function settingsOf(db: Db, campaignId: string): Promise<CampaignSettingsResult> {
	const rows = await db.orm
		.select({
			disputeDays: campaignSettings.disputeDays,
			recordingRetentionDays: campaignSettings.recordingRetentionDays
		})
		.from(campaignSettings)
		.where(eq(campaignSettings.campaignId, campaignId))
		.limit(1);
	return (
		rows[0] ?? {
			disputeDays: DEFAULT_DISPUTE_DAYS,
			recordingRetentionDays: DEFAULT_RECORDING_RETENTION_DAYS
		}
	);
}

/** The campaign's dispute deadline in days (the default until a coordinator sets one). */
export async function disputeDaysOf(db: Db, campaignId: string): Promise<number> {
	return (await settingsOf(db, campaignId)).disputeDays;
}
