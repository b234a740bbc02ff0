// One reading of a record on the server: the stored reading, the SQL aggregate and the center
// manager's figures agree with the domain's reading, after a template change and after a
// follow-up deadline passes with nobody opening the campaign's aggregate.
import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { aggregateEvaluations } from '$lib/domain/aggregate/aggregate';
import { catalog } from '$lib/domain/catalog';
import type { Campaign, Evaluation } from '$lib/domain/record';
import { readingOf } from '$lib/domain/reading';
import { planOfTemplate, scoreEvaluation } from '$lib/domain/scoring';
import { buildCampaign, buildTemplate, T0 } from '$lib/testing/builders';
import { rowsOf, type Db, type Orm } from '../db';
import { evaluations } from '../db/schema';
import { doneOnServer } from '../programme/assignments';
import { centerFiguresOf } from '../programme/center';
import { addCampaign, grant, testDatabaseKinds, withFreshDb } from '../../testing/server-db';
import { campaignAggregate } from './aggregate';
import { putCampaign } from './campaigns';
import { rebuildTallies } from './tallies';
import { evaluationOf, pushAs, team } from '../../testing/server-team';

const MIN = 60_000;
const HOUR = 60 * MIN;

/** Every check of the plan answered: the 참고 1 가 (pre) checks not met, all others met. */
function preNotMet(campaign: Campaign): Record<string, 'met' | 'not-met'> {
	const plan = planOfTemplate(catalog, campaign.template);
	return Object.fromEntries(
		plan.checkIds.map((id, i) => [id, plan.section[i] === 0 ? 'not-met' : 'met'] as const)
	);
}

describe.each(testDatabaseKinds())('one reading of a record on the server (%s)', (kind) => {
	let db: Db;
	withFreshDb(kind, (opened) => (db = opened));

	async function release(id: string, at: number, by: string): Promise<void> {
		await db.orm
			.update(evaluations)
			.set({ releasedAt: new Date(at), releasedBy: by })
			.where(eq(evaluations.id, id));
	}
	async function stored(id: string) {
		const rows = await db.orm
			.select({ score: evaluations.score, verdict: evaluations.verdict })
			.from(evaluations)
			.where(eq(evaluations.id, id));
		return rows[0];
	}

	it('template changed after finalizing: stored reading, SQL aggregate, domain aggregate and center figures all read the score under scoredWith (80.0 pass, not 40.0 fail)', async () => {
		const tm = await team(db);
		const before = tm.campaign.template;
		// pre 0, in 100, post 100: (20·0 + 60·100 + 20·100) / 100 = 80.0 under 20 / 60 / 20,
		// (60·0 + 20·100 + 20·100) / 100 = 40.0 under 60 / 20 / 20.
		const after = buildTemplate({ version: 2, sectionWeights: { pre: 60, in: 20, post: 20 } });
		const e = evaluationOf(tm.campaignId, { values: preNotMet(tm.campaign), scoredWith: before });
		expect(scoreEvaluation(e, planOfTemplate(catalog, before)).score).toBe(80);
		expect(scoreEvaluation(e, planOfTemplate(catalog, after)).score).toBe(40);

		expect((await pushAs(db, tm.shopper, [e], T0)).results[0]?.status).toBe(201);
		await release(e.id, T0, tm.coordinator.id);
		const changed: Campaign = { ...tm.campaign, template: after, updatedAt: T0 + 1 };
		await putCampaign(
			db,
			tm.coordinator.session,
			tm.campaignId,
			{ orgId: tm.orgId, campaign: changed },
			T0 + 1
		);
		const now = T0 + 2;

		expect(await stored(e.id)).toEqual({ score: 80, verdict: 'pass' });
		const sqlSide = await campaignAggregate(db, tm.coordinator.session, tm.campaignId, now);
		expect(sqlSide.overall).toEqual({ n: 1, mean: 80 });
		expect(sqlSide.verdicts).toEqual({ excellent: 0, pass: 1, fail: 0 });
		const domain = aggregateEvaluations([e], {
			plan: planOfTemplate(catalog, after),
			now,
			campaigns: new Map([[tm.campaignId, changed]])
		});
		expect(domain.overall.mean).toBe(80);
		expect(domain.verdicts).toEqual(sqlSide.verdicts);
		const center = await centerFiguresOf(db, tm.manager.session, tm.campaignId, now);
		expect(center.campaign).toEqual({ n: 1, mean: 80, passRate: 1 });
	}, 60_000);

	it('a callback deadline passes with no coordinator request: the center figures and the programme average read every campaign at the new instant', async () => {
		const tm = await team(db);
		const second = buildCampaign({ id: crypto.randomUUID() });
		await addCampaign(db, tm.orgId, second);
		await grant(db, second.id, tm.shopper.id, 'shopper');
		const values = preNotMet(tm.campaign);
		// Every check met but the callback's A1-06, left to its follow-up.
		for (const id of Object.keys(values)) values[id] = 'met';
		delete values['A1-06'];
		const awaiting = (campaignId: string, reservedAt: number): Evaluation =>
			evaluationOf(campaignId, {
				values,
				status: 'awaiting-follow-up',
				followUps: [{ id: 'f1', kind: 'callback', via: 'agent', requestedAt: T0, reservedAt }]
			});
		// Deadlines: reservedAt + 15 min.
		const own = awaiting(tm.campaignId, T0 + HOUR);
		const other = awaiting(second.id, T0 + 2 * HOUR);
		const res = await pushAs(db, tm.shopper, [own, other], T0);
		expect(res.results.map((r) => r.status)).toEqual([201, 201]);
		await release(own.id, T0, tm.coordinator.id);
		await release(other.id, T0, tm.coordinator.id);

		const pending = await centerFiguresOf(db, tm.manager.session, tm.campaignId, T0 + HOUR);
		expect(pending.campaign).toEqual({ n: 1, mean: 100, passRate: 1 });
		expect(pending.programme).toEqual({ n: 2, mean: 100, passRate: 1 });

		// An hour after the first deadline: A1-06 reads not met; the second is still pending.
		const later = T0 + 2 * HOUR + 15 * MIN - 1;
		const missed = readingOf(own, tm.campaign, later).score!;
		expect(missed).toBeLessThan(100);
		expect(readingOf(other, second, later).score).toBe(100);
		const figures = await centerFiguresOf(db, tm.manager.session, tm.campaignId, later);
		expect(figures.campaign.mean).toBe(missed);
		expect(figures.programme.mean).toBe(Math.round(((missed + 100) / 2) * 10) / 10);
		expect(await stored(own.id)).toMatchObject({ score: missed });
		expect(await stored(other.id)).toMatchObject({ score: 100 });

		// Both deadlines passed: the programme average reads both missed callbacks.
		const last = T0 + 3 * HOUR;
		const both = await centerFiguresOf(db, tm.manager.session, tm.campaignId, last);
		expect(both.programme.mean).toBe(missed);
		expect(await stored(other.id)).toMatchObject({ score: missed });
	}, 60_000);

	it('the slot of 상담 일시: a contact started as morning and held at 23:30 Seoul is stored as night and counts in the night cell', async () => {
		const tm = await team(db);
		// 2025-09-02 is a Tuesday; its 23:30 in Seoul is 14:30 UTC the same day.
		const night = evaluationOf(tm.campaignId, {
			scenarioId: 'card-loss',
			timeSlot: 'morning',
			consultedAt: { date: '2025-09-02', from: '23:30', to: '23:40' }
		});
		// No 상담 일시: the record's own slot; the weekday of its creation in Seoul (Monday 10:00).
		const own = evaluationOf(tm.campaignId, { scenarioId: 'card-loss', timeSlot: 'lunch' });
		const res = await pushAs(db, tm.shopper, [night, own], T0);
		expect(res.results.map((r) => r.status)).toEqual([201, 201]);
		const rows = await db.orm
			.select({ id: evaluations.id, slot: evaluations.timeSlot, weekday: evaluations.weekday })
			.from(evaluations)
			.where(eq(evaluations.campaignId, tm.campaignId));
		expect(rows.find((r) => r.id === night.id)).toMatchObject({ slot: 'night', weekday: 'tue' });
		expect(rows.find((r) => r.id === own.id)).toMatchObject({ slot: 'lunch', weekday: 'mon' });
		const done = await doneOnServer(db, tm.campaignId, T0);
		expect([...done].sort()).toEqual([
			['mon|lunch|card-loss|phone', 1],
			['tue|night|card-loss|phone', 1]
		]);
	}, 60_000);

	it('readings stored before they held a slot are due at once and read again by the next reader, the tallies kept right', async () => {
		const tm = await team(db);
		const e = evaluationOf(tm.campaignId, {
			values: preNotMet(tm.campaign),
			scenarioId: 'card-loss',
			status: 'awaiting-follow-up',
			consultedAt: { date: '2025-09-02', from: '21:00', to: '21:10' },
			followUps: [
				{ id: 'f1', kind: 'callback', via: 'agent', requestedAt: T0, reservedAt: T0 + HOUR }
			]
		});
		await pushAs(db, tm.shopper, [e], T0);
		await campaignAggregate(db, tm.coordinator.session, tm.campaignId, T0);
		// As the migration leaves an older row: no slot, no weekday, its deadline still ahead.
		await db.orm
			.update(evaluations)
			.set({ timeSlot: null, weekday: null })
			.where(eq(evaluations.id, e.id));
		const kept = await tallies(tm.campaignId);
		const done = await doneOnServer(db, tm.campaignId, T0);
		expect([...done]).toEqual([['tue|night|card-loss|phone', 1]]);
		const row = (
			await db.orm
				.select({ slot: evaluations.timeSlot, recheckAt: evaluations.recheckAt })
				.from(evaluations)
				.where(eq(evaluations.id, e.id))
		)[0];
		expect(row).toEqual({ slot: 'night', recheckAt: new Date(T0 + HOUR + 15 * MIN) });
		expect(await tallies(tm.campaignId)).toEqual(kept);
		await db.orm.transaction(async (tx) => rebuildTallies(tx as unknown as Orm, tm.campaignId));
		expect(await tallies(tm.campaignId)).toEqual(kept);
	}, 60_000);

	/** The campaign's kept tallies, one string per non-zero row. */
	async function tallies(campaignId: string): Promise<string[]> {
		const rows = rowsOf<Record<string, unknown>>(
			await db.orm.execute(sql`
				select 't' as t, status || '|' || reported || '|' || verdict as k, n, scored, score_sum::text as s
				from campaign_tallies where campaign_id = ${campaignId} and n <> 0
				union all
				select 'c', check_id || '|' || code, n, 0, '' from campaign_check_counts
				where campaign_id = ${campaignId} and n <> 0
				order by 1, 2`)
		);
		return rows.map((r) => JSON.stringify(r));
	}
});
