// A campaign's report figures summed by the database from the stored readings (see derive.ts:
// what the domain's readRecord gave, nothing derived again here), with the rules of
// domain/aggregate/aggregate.ts: counts cover every live record, by the reading's status;
// scores, verdicts and rates only records that count in reports; a check's rate is earned /
// possible with met 1, partial 0.5, not met 0, N/A and unanswered left out; a section's rate
// pools its checks.
import { eq, sql } from 'drizzle-orm';
import { rate } from '$lib/domain/aggregate/stats';
import { catalog } from '$lib/domain/catalog';
import { sections, type Section } from '$lib/domain/record/common';
import { CODE, planOfTemplate } from '$lib/domain/scoring';
import type { AggregateRate, CampaignAggregate } from '$lib/domain/sync/protocol';
import type { Session } from '../auth/session';
import { requireAction } from '../auth/access';
import { rowsOf, type Db, type Orm } from '../db';
import { campaignCheckCounts, campaignTallies, campaigns } from '../db/schema';
import { refreshDueReadings } from './derive';
import { campaignRules } from './reading-row';
import { withWriteLock } from './write-lock';
import { rebuildTallies } from './tallies';
import { invalid } from '../http/errors';

/** GET /campaigns/:id/aggregate (`campaign.aggregate`). */
export async function campaignAggregate(
	db: Db,
	session: Session,
	campaignId: string,
	now = Date.now()
): Promise<CampaignAggregate> {
	await requireAction(db, session.memberId, campaignId, 'campaign.aggregate');
	const campaign = await campaignRules(db.orm, campaignId);
	if (!campaign) throw invalid('The campaign on the server cannot be read.');
	// Readings whose pending deadline has passed read differently now.
	await refreshDueReadings(db.orm, [campaignId], now);
	const plan = planOfTemplate(catalog, campaign.template);

	await ensureTallies(db, campaignId);

	const tallies = await db.orm
		.select()
		.from(campaignTallies)
		.where(eq(campaignTallies.campaignId, campaignId));
	const counts = { total: 0, draft: 0, awaitingFollowUp: 0, final: 0, scored: 0 };
	const verdicts = { excellent: 0, pass: 0, fail: 0 };
	for (const r of tallies) {
		const n = Number(r.n);
		counts.total += n;
		if (r.status === 'draft') counts.draft += n;
		else if (r.status === 'final') counts.final += n;
		else if (r.status === 'awaiting-follow-up') counts.awaitingFollowUp += n;
		if (!r.reported) continue;
		counts.scored += n;
		if (r.verdict === 'excellent' || r.verdict === 'pass' || r.verdict === 'fail') {
			verdicts[r.verdict] += Number(r.scored);
		}
	}
	// The mean as avg(score) over the records would give it: exact sum / count, then rounded.
	const meanRows = rowsOf<{ n: number | string | null; mean: number | string | null }>(
		await db.orm.execute(sql`
			select coalesce(sum(scored), 0)::int as n,
				round(sum(score_sum) / nullif(sum(scored), 0)::numeric, 1)::float8 as mean
			from campaign_tallies where campaign_id = ${campaignId} and reported = true`)
	);
	const scoredN = Number(meanRows[0]?.n ?? 0);
	const mean = meanRows[0]?.mean;

	// Per check, and per section through the plan's check → section table.
	const codeRows = await db.orm
		.select({
			checkId: campaignCheckCounts.checkId,
			code: campaignCheckCounts.code,
			n: campaignCheckCounts.n
		})
		.from(campaignCheckCounts)
		.where(eq(campaignCheckCounts.campaignId, campaignId));
	const byCheck = new Map<string, Tally>();
	for (const r of codeRows) {
		const t = byCheck.get(r.checkId) ?? { earned: 0, possible: 0, notMet: 0 };
		const n = Number(r.n);
		if (r.code === CODE.MET) t.earned += n;
		else if (r.code === CODE.PARTIAL) t.earned += n * 0.5;
		if (r.code >= 0) t.possible += n;
		if (r.code === CODE.NOT_MET) t.notMet += n;
		byCheck.set(r.checkId, t);
	}
	const checks: CampaignAggregate['checks'] = {};
	const bySection = new Map<Section, Tally>();
	plan.checkIds.forEach((id, i) => {
		const t = byCheck.get(id) ?? { earned: 0, possible: 0, notMet: 0 };
		checks[id] = { ...rate(t.earned, t.possible), notMet: t.notMet };
		const section = sections[plan.section[i]!]!;
		const s = bySection.get(section) ?? { earned: 0, possible: 0, notMet: 0 };
		s.earned += t.earned;
		s.possible += t.possible;
		bySection.set(section, s);
	});
	const sectionRates = {} as Record<Section, AggregateRate>;
	for (const s of sections) {
		const t = bySection.get(s);
		sectionRates[s] = rate(t?.earned ?? 0, t?.possible ?? 0);
	}

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

interface Tally {
	earned: number;
	possible: number;
	notMet: number;
}

/** Builds the campaign's tallies from its records the first time they are needed. */
async function ensureTallies(db: Db, campaignId: string): Promise<void> {
	const tallied = async (orm: Orm) =>
		(
			await orm
				.select({ tallied: campaigns.tallied })
				.from(campaigns)
				.where(eq(campaigns.id, campaignId))
		)[0]?.tallied === true;
	if (await tallied(db.orm)) return;
	await withWriteLock(db.orm, async (tx) => {
		if (!(await tallied(tx))) await rebuildTallies(tx, campaignId);
	});
}
