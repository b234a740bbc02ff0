// GET /campaigns/:id/programme: the programme records a member's devices keep for offline
// use, filtered by the permissions table (see `ProgrammeSnapshot`). Each area answers for its
// own part; `redactSnapshot` holds the whole to the reader's fields.
import { and, eq, inArray } from 'drizzle-orm';
import { can } from '$lib/domain/access/permissions';
import { redactSnapshot } from '$lib/domain/programme/redact';
import type { Dispute } from '$lib/domain/programme/review';
import type { ProgrammeSnapshot } from '$lib/domain/programme/records';
import type { Session } from '../auth/session';
import { requireMember } from '../auth/access';
import type { Db } from '../db';
import { evaluations } from '../db/schema';
import { assignmentsFor } from './assignments';
import { planFor, scenariosFor } from './planning';
import { reviewsFor } from './review';
import { disputesFor } from './disputes';
import { readerOf, settingsOf } from './reader';

export async function programmeSnapshot(
	db: Db,
	session: Session,
	campaignId: string,
	now = Date.now()
): Promise<ProgrammeSnapshot> {
	const roles = await requireMember(db, session.memberId, campaignId);
	const reader = readerOf(session, roles);
	const [settings, scenarios, plan, assignments, reviews, disputeList] = await Promise.all([
		settingsOf(db, campaignId),
		scenariosFor(db, reader, campaignId),
		planFor(db, reader, campaignId),
		assignmentsFor(db, reader, campaignId),
		reviewsFor(db, reader, campaignId, now),
		disputesFor(db, reader, campaignId, now)
	]);
	// Every part once more through the table's fields: whatever an area handed out, the
	// reader receives only what their roles may read.
	return redactSnapshot(roles, {
		campaignId,
		fetchedAt: now,
		disputeDays: settings.disputeDays,
		recordingRetentionDays: settings.recordingRetentionDays,
		scenarios,
		plan,
		assignments,
		reviews,
		disputes: can(roles, 'dispute.read')
			? disputeList
			: await aboutOwn(db, session.memberId, disputeList)
	});
}

/** The disputes about the member's own evaluations (a reader without `dispute.read`). */
async function aboutOwn(db: Db, memberId: string, list: readonly Dispute[]): Promise<Dispute[]> {
	const ids = [...new Set(list.map((d) => d.evaluationId))];
	if (ids.length === 0) return [];
	const own = await db.orm
		.select({ id: evaluations.id })
		.from(evaluations)
		.where(and(inArray(evaluations.id, ids), eq(evaluations.shopperMemberId, memberId)));
	const mine = new Set(own.map((r) => r.id));
	return list.filter((d) => mine.has(d.evaluationId));
}
