// The center manager's view: acknowledging a released scorecard, and the campaign's figures by
// wave beside the programme's anonymised average. Managers never receive the plan: only the
// waves' names and dates leave the server, with the figures cut by them.
import { and, eq, inArray, isNotNull, lte } from 'drizzle-orm';
import {
	centerFigures,
	type AcknowledgeResult,
	type CenterFigures
} from '$lib/domain/programme/center';
import { Plan } from '$lib/domain/programme/records';
import type { ReviewEvent } from '$lib/domain/programme/review';
import type { Session } from '../auth/session';
import { requireAction } from '../auth/access';
import type { Db } from '../db';
import { campaigns, evaluations, members, plans, reviewEvents } from '../db/schema';
import { notFound } from '../http/errors';
import { orgOfCampaign } from '../records/campaigns';
import { refreshDueReadings } from '../records/derive';
import { reported } from '../records/reading-row';
import { releasedView, sameVersion } from './disputes';

/** POST /evaluations/:id/acknowledge: the campaign's manager has read this released version. */
export async function acknowledge(
	db: Db,
	session: Session,
	evaluationId: string,
	version: number,
	now = Date.now()
): Promise<AcknowledgeResult> {
	const rows = await db.orm
		.select({
			campaignId: evaluations.campaignId,
			version: evaluations.version,
			deleted: evaluations.deleted,
			releasedAt: evaluations.releasedAt
		})
		.from(evaluations)
		.where(eq(evaluations.id, evaluationId))
		.limit(1);
	const row = rows[0];
	if (!row) throw notFound('No such evaluation.');
	await requireAction(db, session.memberId, row.campaignId, 'evaluation.acknowledge');
	releasedView(row, now);
	sameVersion(row.version, version);
	const who = await db.orm
		.select({ name: members.displayName })
		.from(members)
		.where(eq(members.id, session.memberId))
		.limit(1);
	const byName = who[0]?.name ?? '';
	// Once per version: a second acknowledgement answers the first.
	const earlier = await db.orm
		.select({ body: reviewEvents.body })
		.from(reviewEvents)
		.where(eq(reviewEvents.evaluationId, evaluationId));
	const known = earlier
		.map((r) => r.body as ReviewEvent)
		.find((e) => e.action === 'acknowledged' && e.version === version);
	if (known) return { event: known, byName };
	const event: ReviewEvent = {
		action: 'acknowledged',
		version,
		at: now,
		by: session.memberId,
		byName
	};
	await db.orm.insert(reviewEvents).values({
		evaluationId,
		campaignId: row.campaignId,
		body: event,
		memberId: session.memberId,
		at: new Date(now)
	});
	return { event, byName };
}

/**
 * GET /campaigns/:id/center-figures (`center.figures`: the manager, the coordinator): released
 * evaluations that count in reports, of the campaign and of every campaign of its organisation,
 * each as its reading holds at `now` (due readings are read again first, in every campaign).
 */
export async function centerFiguresOf(
	db: Db,
	session: Session,
	campaignId: string,
	now = Date.now()
): Promise<CenterFigures> {
	await requireAction(db, session.memberId, campaignId, 'center.figures');
	const orgId = await orgOfCampaign(db.orm, campaignId);
	const sameOrg = db.orm
		.select({ id: campaigns.id })
		.from(campaigns)
		.where(eq(campaigns.orgId, orgId!));
	await refreshDueReadings(db.orm, sameOrg, now);
	const rows = await db.orm
		.select({
			campaignId: evaluations.campaignId,
			score: evaluations.score,
			verdict: evaluations.verdict,
			occurredAt: evaluations.occurredAt
		})
		.from(evaluations)
		.where(
			and(
				inArray(evaluations.campaignId, sameOrg),
				reported,
				isNotNull(evaluations.releasedAt),
				lte(evaluations.releasedAt, new Date(now))
			)
		);
	const planRows = await db.orm
		.select({ body: plans.body })
		.from(plans)
		.where(eq(plans.campaignId, campaignId))
		.limit(1);
	const plan = Plan.safeParse(planRows[0]?.body);
	return centerFigures(
		campaignId,
		rows.map((r) => ({
			campaignId: r.campaignId,
			score: r.score === null ? null : Number(r.score),
			verdict: r.verdict,
			occurredAt: r.occurredAt?.getTime() ?? 0
		})),
		plan.success ? plan.data.waves : [],
		now
	);
}
