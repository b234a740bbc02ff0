// A campaign's report figures computed by the database from the stored readings (see
// derive.ts), with the rules of domain/aggregate/aggregate.ts: counts cover every live record;
// scores, verdicts and rates only records that count in reports; a check's rate is earned /
// possible with met 1, partial 0.5, not met 0, N/A and unanswered left out; a section's rate
// pools its checks.
import { and, eq, sql } from 'drizzle-orm';
import { rate } from '$lib/domain/aggregate/stats';
import { catalog } from '$lib/domain/catalog';
import { sections, type Section } from '$lib/domain/record/common';
import { CODE, planOfTemplate } from '$lib/domain/scoring';
import type { AggregateRate, CampaignAggregate } from '$lib/domain/sync/protocol';
import type { Session } from '../auth/session';
import { requireRole } from '../access';
import { rowsOf, type Db } from '../db';
import { evaluations } from '../db/schema';
import { campaignRules, refreshReadings } from './derive';
import { invalid } from '../errors';

interface RateRow {
	key: string;
	earned: string | number;
	possible: string | number;
	not_met: string | number;
}

/** GET /campaigns/:id/aggregate (coordinator). */
export async function campaignAggregate(
	db: Db,
	session: Session,
	campaignId: string,
	now = Date.now()
): Promise<CampaignAggregate> {
	await requireRole(db, session.memberId, campaignId, ['coordinator']);
	const campaign = await campaignRules(db.orm, campaignId);
	if (!campaign) throw invalid('The campaign on the server cannot be read.');
	// Readings whose pending deadline has passed read differently now.
	await refreshReadings(db.orm, campaignId, now);
	const plan = planOfTemplate(catalog, campaign.template);

	const live = and(eq(evaluations.campaignId, campaignId), eq(evaluations.deleted, false));
	const statusRows = await db.orm
		.select({
			status: evaluations.status,
			reported: evaluations.countsInReports,
			n: sql<number>`count(*)::int`
		})
		.from(evaluations)
		.where(live)
		.groupBy(evaluations.status, evaluations.countsInReports);
	const counts = { total: 0, draft: 0, awaitingFollowUp: 0, final: 0, scored: 0 };
	for (const r of statusRows) {
		const n = Number(r.n);
		counts.total += n;
		if (r.status === 'draft') counts.draft += n;
		else if (r.status === 'final') counts.final += n;
		else if (r.status === 'awaiting-follow-up') counts.awaitingFollowUp += n;
		if (r.reported) counts.scored += n;
	}

	const reported = and(live, eq(evaluations.countsInReports, true));
	const verdictRows = await db.orm
		.select({ verdict: evaluations.verdict, n: sql<number>`count(*)::int` })
		.from(evaluations)
		.where(and(reported, sql`${evaluations.score} is not null`))
		.groupBy(evaluations.verdict);
	const verdicts = { excellent: 0, pass: 0, fail: 0 };
	for (const r of verdictRows) {
		if (r.verdict === 'excellent' || r.verdict === 'pass' || r.verdict === 'fail') {
			verdicts[r.verdict] += Number(r.n);
		}
	}
	const meanRows = await db.orm
		.select({
			n: sql<number>`count(${evaluations.score})::int`,
			mean: sql<string | null>`round(avg(${evaluations.score}), 1)::float8`
		})
		.from(evaluations)
		.where(reported);
	const scoredN = Number(meanRows[0]?.n ?? 0);
	const mean = meanRows[0]?.mean;

	// Per check, and per section through the catalog's check → section table.
	const sectionOf = sql.join(
		plan.checkIds.map((id, i) => sql`(${id}::text, ${sections[plan.section[i]!]!}::text)`),
		sql`, `
	);
	const rateSql = (key: 'check' | 'section') => sql`
		select ${key === 'check' ? sql`a.check_id` : sql`s.section`} as key,
			coalesce(sum(case a.code when ${CODE.MET} then 1 when ${CODE.PARTIAL} then 0.5 else 0 end), 0) as earned,
			count(*) filter (where a.code >= 0) as possible,
			count(*) filter (where a.code = ${CODE.NOT_MET}) as not_met
		from evaluation_answers a
		join evaluations e on e.id = a.evaluation_id
		join (values ${sectionOf}) as s(check_id, section) on s.check_id = a.check_id
		where e.campaign_id = ${campaignId} and e.deleted = false and e.counts_in_reports = true
		group by 1`;
	const checkRows = rowsOf<RateRow>(await db.orm.execute(rateSql('check')));
	const sectionRows = rowsOf<RateRow>(await db.orm.execute(rateSql('section')));
	const byCheck = new Map(checkRows.map((r) => [r.key, r]));
	const checks: CampaignAggregate['checks'] = {};
	for (const id of plan.checkIds) {
		const r = byCheck.get(id);
		checks[id] = { ...rateOf(r), notMet: Number(r?.not_met ?? 0) };
	}
	const bySection = new Map(sectionRows.map((r) => [r.key, r]));
	const sectionRates = {} as Record<Section, AggregateRate>;
	for (const s of sections) sectionRates[s] = rateOf(bySection.get(s));

	return {
		campaignId,
		asOf: now,
		counts,
		overall: { n: scoredN, mean: mean === null || mean === undefined ? null : Number(mean) },
		verdicts,
		passRate: rate(verdicts.pass + verdicts.excellent, scoredN),
		checks,
		sections: sectionRates
	};
}

function rateOf(r: RateRow | undefined): AggregateRate {
	return rate(Number(r?.earned ?? 0), Number(r?.possible ?? 0));
}
