// GET /campaigns/:id/programme: the programme records a member's devices keep for offline
// use, filtered by role (see `ProgrammeSnapshot`). Each area answers for its own part.
import { eq } from 'drizzle-orm';
import { DEFAULT_DISPUTE_DAYS } from '$lib/domain/programme/review';
import type { ProgrammeSnapshot } from '$lib/domain/programme/records';
import type { CampaignRole } from '$lib/domain/sync/protocol';
import type { Session } from '../auth/session';
import { requireRole } from '../access';
import type { Db } from '../db';
import { campaignSettings } from '../db/schema';
import { assignmentsFor } from './assignments';
import { planFor, scenariosFor } from './planning';
import { reviewsFor } from './review';
import { disputesFor } from './disputes';

/** What the caller may read, by the roles they hold in the campaign. */
export interface Reader {
	memberId: string;
	roles: readonly CampaignRole[];
	coordinator: boolean;
	shopper: boolean;
	manager: boolean;
}

export function readerOf(session: Session, roles: readonly CampaignRole[]): Reader {
	return {
		memberId: session.memberId,
		roles,
		coordinator: roles.includes('coordinator'),
		shopper: roles.includes('shopper'),
		manager: roles.includes('manager')
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

export async function programmeSnapshot(
	db: Db,
	session: Session,
	campaignId: string,
	now = Date.now()
): Promise<ProgrammeSnapshot> {
	const roles = await requireRole(db, session.memberId, campaignId, [
		'coordinator',
		'shopper',
		'manager'
	]);
	const reader = readerOf(session, roles);
	const [disputeDays, scenarios, plan, assignments, reviews, disputeList] = await Promise.all([
		disputeDaysOf(db, campaignId),
		scenariosFor(db, reader, campaignId),
		planFor(db, reader, campaignId),
		assignmentsFor(db, reader, campaignId),
		reviewsFor(db, reader, campaignId, now),
		disputesFor(db, reader, campaignId, now)
	]);
	return {
		campaignId,
		fetchedAt: now,
		disputeDays,
		scenarios,
		plan,
		assignments,
		reviews,
		disputes: disputeList
	};
}
