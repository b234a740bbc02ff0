// A campaign's programme settings: the days a manager has to dispute, and the days call
// recordings are kept after release (the server's housekeeping and every phone read it).
import type { CampaignSettingsRequest, CampaignSettingsResult } from '$lib/domain/programme/center';
import type { Session } from '../auth/session';
import { requireAction } from '../auth/access';
import type { Db } from '../db';
import { campaignSettings } from '../db/schema';
import { settingsOf } from './reader';

/** PUT /campaigns/:id/settings (coordinator): changes the settings named, answers them all. */
export async function setCampaignSettings(
	db: Db,
	session: Session,
	campaignId: string,
	input: CampaignSettingsRequest
): Promise<CampaignSettingsResult> {
	await requireAction(db, session.memberId, campaignId, 'campaign.edit');
	const next = { ...(await settingsOf(db, campaignId)) };
	if (input.disputeDays !== undefined) next.disputeDays = input.disputeDays;
	if (input.recordingRetentionDays !== undefined) {
		next.recordingRetentionDays = input.recordingRetentionDays;
	}
	await db.orm
		.insert(campaignSettings)
		.values({ campaignId, ...next })
		.onConflictDoUpdate({ target: campaignSettings.campaignId, set: next });
	return next;
}
