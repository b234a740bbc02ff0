import { describe, expect, it } from 'vitest';
import type { Plan, Scenario } from '$lib/domain/programme/records';
import type { Db } from '../db';
import { assignments, campaignSettings, plans, scenarios } from '../db/schema';
import { testDatabaseKinds, withFreshDb } from '../../testing/server-db';
import { evaluationOf, person, pushAs, team } from '../../testing/server-team';
import { programmeSnapshot } from './snapshot';

const scenario: Scenario = {
	id: 'sc-1',
	title: '요금제 변경 문의',
	script: '지난달 요금이 왜 올랐는지 묻는다.',
	channel: 'phone',
	correctAnswer: '약정 할인이 끝나 기본료가 적용되었다.',
	checkIds: ['S05-3']
};
const plan: Plan = {
	total: 12,
	from: '2026-01-01',
	to: '2026-12-31',
	weekdays: ['mon', 'wed'],
	slots: ['morning', 'afternoon'],
	scenarioIds: ['sc-1'],
	channels: ['phone'],
	weights: {},
	waves: [],
	capPerShopper: 4,
	minGapDays: 7
};

describe.each(testDatabaseKinds())('programme snapshot (%s)', (kind) => {
	let db: Db;
	withFreshDb(kind, (opened) => (db = opened));

	async function programme() {
		const tm = await team(db);
		await db.orm
			.insert(scenarios)
			.values({ id: crypto.randomUUID(), campaignId: tm.campaignId, body: scenario });
		await db.orm.insert(plans).values({ campaignId: tm.campaignId, body: plan });
		const mine = crypto.randomUUID();
		const theirs = crypto.randomUUID();
		const row = {
			campaignId: tm.campaignId,
			channel: 'phone',
			timeSlot: 'morning',
			scenarioId: 'sc-1',
			windowFrom: '2026-03-02',
			windowTo: '2026-03-06'
		};
		await db.orm.insert(assignments).values([
			{ ...row, id: mine, shopperId: tm.shopper.id },
			{ ...row, id: theirs, shopperId: tm.other.id }
		]);
		return { tm, mine, theirs };
	}

	it('gives a shopper the scenarios and their own assignments, never the plan', async () => {
		const { tm, mine } = await programme();
		const snap = await programmeSnapshot(db, tm.shopper.session, tm.campaignId, 1_000);
		expect(snap.scenarios).toEqual([scenario]);
		expect(snap.plan).toBeNull();
		expect(snap.assignments.map((a) => [a.id, a.shopperName])).toEqual([[mine, '쇼퍼 김']]);
		expect(snap.disputeDays).toBe(14);
		expect(snap.fetchedAt).toBe(1_000);
	});

	it('gives the coordinator everything and the center manager no scenario, plan or assignment', async () => {
		const { tm } = await programme();
		await db.orm.insert(campaignSettings).values({ campaignId: tm.campaignId, disputeDays: 10 });
		const coordinator = await programmeSnapshot(db, tm.coordinator.session, tm.campaignId);
		expect(coordinator.plan).toEqual(plan);
		expect(coordinator.assignments).toHaveLength(2);
		expect(coordinator.disputeDays).toBe(10);
		const manager = await programmeSnapshot(db, tm.manager.session, tm.campaignId);
		expect(manager).toMatchObject({ scenarios: [], plan: null, assignments: [] });
	});

	it('names the evaluation started from an assignment', async () => {
		const { tm, mine } = await programme();
		const evaluation = { ...evaluationOf(tm.campaignId), assignmentId: mine, scenarioId: 'sc-1' };
		const pushed = await pushAs(db, tm.shopper, [evaluation]);
		expect(pushed.results[0]).toMatchObject({ status: 201 });
		const snap = await programmeSnapshot(db, tm.shopper.session, tm.campaignId);
		expect(snap.assignments[0]).toMatchObject({ id: mine, evaluationId: evaluation.id });
	});

	it('refuses someone outside the campaign', async () => {
		const { tm } = await programme();
		const stranger = await person(db, '외부인');
		await expect(programmeSnapshot(db, stranger.session, tm.campaignId)).rejects.toMatchObject({
			status: 403
		});
	});
});
