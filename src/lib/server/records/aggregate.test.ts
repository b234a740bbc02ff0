import { describe, expect, it } from 'vitest';
import { aggregateEvaluations, type AggregateResult } from '$lib/domain/aggregate/aggregate';
import { catalog } from '$lib/domain/catalog';
import { sql } from 'drizzle-orm';
import { answer, deleteEvaluation } from '$lib/domain/editing';
import { answerValues, channels, sections } from '$lib/domain/record/common';
import type { Evaluation, FollowUp } from '$lib/domain/record';
import { effectiveEvaluation, planOfTemplate, roundScore } from '$lib/domain/scoring';
import type { CampaignAggregate } from '$lib/domain/sync/protocol';
import { buildEvaluation, ctxAt, T0 } from '$lib/testing/builders';
import { mulberry32, pick } from '$lib/testing/prng';
import { rowsOf, type Db, type Orm } from '../db';
import { testDatabaseKinds, withFreshDb } from '../../testing/server-db';
import { campaignAggregate } from './aggregate';
import { putCampaign } from './campaigns';
import { rebuildTallies } from './tallies';
import { pushAs, team } from '../../testing/server-team';

const HOUR = 3_600_000;
/** Pushed while follow-ups are pending; aggregated once more after every deadline passed. */
const PUSHED_AT = T0 + HOUR / 2;
const LATER = T0 + 30 * 24 * HOUR;

/** ~60 evaluations of every kind: drafts, finals, pending follow-ups, empty ones, tombstones. */
function varied(campaignId: string, template: Evaluation['scoredWith']): Evaluation[] {
	const rng = mulberry32(1006);
	const plan = planOfTemplate(catalog, template!);
	const out: Evaluation[] = [];
	for (let i = 0; i < 62; i++) {
		const values: Record<string, (typeof answerValues)[number]> = {};
		const density = i % 10 === 0 ? 0 : 0.3 + rng() * 0.7;
		const bias = rng();
		for (const id of plan.checkIds) {
			if (rng() >= density) continue;
			const r = rng();
			values[id] =
				r < bias ? 'met' : r < bias + 0.1 ? 'partial' : r < bias + 0.2 ? 'na' : 'not-met';
		}
		const status = pick(rng, ['draft', 'final', 'final', 'awaiting-follow-up'] as const);
		const followUps: FollowUp[] =
			status === 'awaiting-follow-up'
				? [
						{
							id: `f${i}`,
							kind: 'callback',
							via: 'agent',
							requestedAt: T0,
							reservedAt: T0 + HOUR * (1 + (i % 3)),
							...(i % 4 === 0 ? { respondedAt: T0 + HOUR } : {})
						}
					]
				: [];
		let e = buildEvaluation({
			id: crypto.randomUUID(),
			campaignId,
			channel: pick(rng, channels),
			values,
			status,
			followUps,
			...(status === 'final' && i % 2 === 0 ? { scoredWith: template } : {})
		});
		if (i % 17 === 5) e = deleteEvaluation(e, ctxAt(T0 + 1000));
		out.push(e);
	}
	return out;
}

function compare(sqlSide: CampaignAggregate, domain: AggregateResult) {
	expect(sqlSide.counts).toEqual(domain.counts);
	expect(sqlSide.overall.n).toBe(domain.overall.n);
	expect(sqlSide.overall.mean).toBe(
		domain.overall.mean === null ? null : roundScore(domain.overall.mean)
	);
	expect(sqlSide.verdicts).toEqual(domain.verdicts);
	expect(sqlSide.passRate.successes).toBe(domain.passRate.successes);
	expect(sqlSide.passRate.n).toBe(domain.passRate.n);
	if (domain.passRate.rate === null) expect(sqlSide.passRate.rate).toBeNull();
	else expect(sqlSide.passRate.rate).toBeCloseTo(domain.passRate.rate, 12);
	expect(Object.keys(sqlSide.checks).sort()).toEqual(Object.keys(domain.checks).sort());
	for (const [id, c] of Object.entries(domain.checks)) {
		const s = sqlSide.checks[id]!;
		expect([id, s.successes, s.n, s.notMet]).toEqual([id, c.successes, c.n, c.notMet]);
		if (c.rate === null) expect(s.rate).toBeNull();
		else expect(s.rate).toBeCloseTo(c.rate, 12);
	}
	for (const sec of sections) {
		expect([sec, sqlSide.sections[sec].successes, sqlSide.sections[sec].n]).toEqual([
			sec,
			domain.sections[sec].successes,
			domain.sections[sec].n
		]);
		const low = domain.sections[sec].low;
		if (low === null) expect(sqlSide.sections[sec].low).toBeNull();
		else expect(sqlSide.sections[sec].low).toBeCloseTo(low, 12);
	}
}

describe.each(testDatabaseKinds())('aggregate in SQL (%s)', (kind) => {
	let db: Db;
	withFreshDb(kind, (opened) => (db = opened));

	it('gives the figures of aggregateEvaluations for the same set, before and after deadlines', async () => {
		const tm = await team(db);
		const campaign = tm.campaign;
		const all = varied(tm.campaignId, campaign.template);
		const halves = [all.slice(0, 31), all.slice(31)];
		const res = [
			await pushAs(db, tm.shopper, halves[0]!, PUSHED_AT),
			await pushAs(db, tm.other, halves[1]!, PUSHED_AT)
		];
		expect(res.flatMap((r) => r.results.map((x) => x.status))).toEqual(all.map(() => 201));
		const plan = planOfTemplate(catalog, campaign.template);
		const campaigns = new Map([[campaign.id, campaign]]);
		const expected = (now: number) =>
			aggregateEvaluations(
				all.filter((e) => !e.deleted).map((e) => effectiveEvaluation(e, campaign, now)),
				{ plan, now, campaigns }
			);

		const early = expected(PUSHED_AT);
		// The set is varied enough to test something.
		expect(early.counts.draft).toBeGreaterThan(3);
		expect(early.counts.awaitingFollowUp).toBeGreaterThan(3);
		expect(early.overall.n).toBeGreaterThan(20);
		expect(early.counts.scored).toBeGreaterThan(early.overall.n);
		expect(early.verdicts.fail).toBeGreaterThan(0);
		expect(early.verdicts.pass + early.verdicts.excellent).toBeGreaterThan(0);
		compare(await campaignAggregate(db, tm.coordinator.session, tm.campaignId, PUSHED_AT), early);

		const late = expected(LATER);
		expect(late.counts.awaitingFollowUp).toBe(0);
		expect(late.counts.final).toBeGreaterThan(early.counts.final);
		expect(late.checks['A1-06']).not.toEqual(early.checks['A1-06']);
		compare(await campaignAggregate(db, tm.coordinator.session, tm.campaignId, LATER), late);
	}, 60_000);

	it('keeps its tallies right through new versions, tombstones, rechecks and a campaign change', async () => {
		const tm = await team(db);
		const campaign = tm.campaign;
		const plan = planOfTemplate(catalog, campaign.template);
		const campaigns = new Map([[campaign.id, campaign]]);
		const byId = new Map<string, Evaluation>();
		const expected = (now: number) =>
			aggregateEvaluations(
				[...byId.values()]
					.filter((e) => !e.deleted)
					.map((e) => effectiveEvaluation(e, campaign, now)),
				{ plan, now, campaigns }
			);
		const tallies = async () => {
			const rows = rowsOf<Record<string, unknown>>(
				await db.orm.execute(sql`
					select 't' as t, status || '|' || reported || '|' || verdict as k, n, scored, score_sum::text as s
					from campaign_tallies where campaign_id = ${tm.campaignId} and n <> 0
					union all
					select 'c', check_id || '|' || code, n, 0, '' from campaign_check_counts
					where campaign_id = ${tm.campaignId} and n <> 0
					order by 1, 2`)
			);
			return rows.map((r) => JSON.stringify(r));
		};
		/** The aggregate agrees with the domain, and the kept tallies with ones built afresh. */
		const check = async (now: number) => {
			compare(
				await campaignAggregate(db, tm.coordinator.session, tm.campaignId, now),
				expected(now)
			);
			const kept = await tallies();
			await db.orm.transaction(async (tx) => rebuildTallies(tx as unknown as Orm, tm.campaignId));
			expect(kept).toEqual(await tallies());
		};
		// Tallied from the start (empty): every later figure comes from the kept sums.
		await check(PUSHED_AT);
		const all = varied(tm.campaignId, campaign.template);
		const first = all.slice(0, 40);
		expect(
			(await pushAs(db, tm.shopper, first, PUSHED_AT)).results.every((r) => r.status === 201)
		).toBe(true);
		for (const e of first) byId.set(e.id, e);
		await check(PUSHED_AT);

		// Later versions: answers changed, some records deleted, some re-sent twice in one push.
		const later = first.slice(0, 24).map((e, i) => {
			if (e.deleted) return e;
			const id = plan.checkIds[i % plan.checkIds.length]!;
			const v = answer(e, id, i % 2 ? 'not-met' : 'met', ctxAt(T0 + 2000 + i));
			return i % 5 === 0 ? deleteEvaluation(v, ctxAt(T0 + 3000 + i)) : v;
		});
		const batch = [...later, ...later.slice(0, 3), ...all.slice(40)];
		const res = await pushAs(db, tm.shopper, batch, PUSHED_AT);
		expect(res.results.filter((r) => r.status === 201).length).toBeGreaterThan(20);
		for (const e of batch) byId.set(e.id, e);
		await check(PUSHED_AT);

		// Deadlines pass: the aggregate reads the pending records again.
		await check(LATER);
		// The campaign changes: every record is read again.
		await putCampaign(
			db,
			tm.coordinator.session,
			tm.campaignId,
			{
				orgId: tm.orgId,
				campaign: { ...campaign, center: { ...campaign.center, name: '새 이름' }, updatedAt: LATER }
			},
			LATER
		);
		await check(LATER);
	}, 60_000);

	it('is for coordinators only', async () => {
		const tm = await team(db);
		await expect(campaignAggregate(db, tm.shopper.session, tm.campaignId)).rejects.toMatchObject({
			status: 403
		});
		await expect(campaignAggregate(db, tm.manager.session, tm.campaignId)).rejects.toMatchObject({
			status: 403
		});
	});
});
