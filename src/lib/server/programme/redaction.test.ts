import { describe, expect, it } from 'vitest';
import { WITHHELD_ACTOR, WITHHELD_NAME } from '$lib/domain/programme/redact';
import { answer } from '$lib/domain/editing';
import { Evaluation } from '$lib/domain/record';
import { ctxAt, T0 } from '$lib/testing/builders';
import { buildMondayPlan, buildScenario } from '$lib/testing/programme';
import type { Db } from '../db';
import { assignments, plans, scenarios } from '../db/schema';
import { testDatabaseKinds } from '../../testing/server-db';
import { pull } from '../records/pull';
import { release } from './release';
import { evaluationOf, pushAs, withTeamDb, type Team } from '../../testing/server-team';
import { review } from './review';
import { programmeSnapshot } from './snapshot';
import { toneCopy, withRecording } from '../../testing/server-recordings';

const scenario = buildScenario('sc-night', '야간 분실 신고', {
	script: '카드를 잃어버렸다고 말한다.',
	correctAnswer: '즉시 정지'
});
const plan = buildMondayPlan(scenario.id, 'night', 4);

/** A programme whose evaluation was returned once, revised, approved and released. */
async function releasedProgramme({ db, tm }: { db: Db; tm: Team }) {
	await db.orm
		.insert(scenarios)
		.values({ id: scenario.id, campaignId: tm.campaignId, body: scenario });
	await db.orm.insert(plans).values({ campaignId: tm.campaignId, body: plan });
	const assignmentId = crypto.randomUUID();
	await db.orm.insert(assignments).values({
		id: assignmentId,
		campaignId: tm.campaignId,
		shopperId: tm.shopper.id,
		scenarioId: scenario.id,
		channel: 'phone',
		timeSlot: 'night',
		windowFrom: '2026-03-02',
		windowTo: '2026-03-02'
	});
	const v1 = evaluationOf(tm.campaignId, {
		evaluator: '쇼퍼 김',
		scenario: scenario.title,
		scenarioId: scenario.id,
		assignmentId,
		consultedAt: { date: '2026-03-02', from: '22:10', to: '22:16' },
		values: { 'A1-01': 'met' }
	});
	expect((await pushAs(db, tm.shopper, [v1], T0)).results[0]?.status).toBe(201);
	await review(db, tm.coordinator.session, v1.id, {
		action: 'return',
		version: v1.version,
		comments: [{ text: '녹취 시각을 다시 확인하세요' }]
	});
	const v2 = answer(v1, 'A1-02', 'met', ctxAt(T0 + 60_000, tm.shopper.deviceId));
	expect((await pushAs(db, tm.shopper, [v2], T0 + 60_000)).results[0]?.status).toBe(201);
	await review(db, tm.coordinator.session, v2.id, { action: 'approve', version: v2.version });
	await release(db, tm.coordinator.session, v2.id, v2.version);
	return { tm, e: v2, assignmentId };
}

describe.each(testDatabaseKinds())('what a center manager receives (%s)', (kind) => {
	let db: Db;
	let p: Awaited<ReturnType<typeof releasedProgramme>>;
	withTeamDb(kind, async (opened) => ([db, p] = [opened.db, await releasedProgramme(opened)]));

	it('pulls a released evaluation without who called, the script or the key; the coordinator gets them', async () => {
		const { tm, e, assignmentId } = p;
		const managerItem = (await pull(db, tm.manager.session, 0, 500)).items.find(
			(i) => i.evaluation.id === e.id
		)!;
		const got = managerItem.evaluation;
		expect(got.evaluator).toBe(WITHHELD_NAME);
		expect(got.scenario).toBe('');
		expect(got).not.toHaveProperty('scenarioId');
		expect(got).not.toHaveProperty('assignmentId');
		expect(got.deviceId).toBe(WITHHELD_ACTOR);
		expect(new Set(got.changeLog.map((c) => c.by))).toEqual(new Set([WITHHELD_ACTOR]));
		expect(managerItem).not.toHaveProperty('signer');
		expect(managerItem.programme).toBe('verified');
		const text = JSON.stringify(managerItem);
		for (const secret of [
			'쇼퍼 김',
			scenario.title,
			scenario.id,
			assignmentId,
			tm.shopper.id,
			tm.shopper.fingerprint,
			'd-test',
			tm.shopper.deviceId
		])
			expect(text).not.toContain(secret);
		// What the center needs stays: the result, its checks and 상담 일시.
		expect(got.answers['A1-01']?.value).toBe('met');
		expect(got.consultedAt).toEqual({ date: '2026-03-02', from: '22:10', to: '22:16' });
		expect(Evaluation.safeParse(got).success).toBe(true);

		const coordinatorItem = (await pull(db, tm.coordinator.session, 0, 500)).items.find(
			(i) => i.evaluation.id === e.id
		)!;
		expect(coordinatorItem.evaluation).toMatchObject({
			evaluator: '쇼퍼 김',
			scenario: scenario.title,
			scenarioId: scenario.id,
			assignmentId
		});
		expect(coordinatorItem.evaluation.changeLog.map((c) => c.by)).toEqual(
			e.changeLog.map((c) => c.by)
		);
		expect(coordinatorItem.signer).toMatchObject({
			fingerprint: tm.shopper.fingerprint,
			displayName: '쇼퍼 김'
		});
	});

	it('gives a manager’s programme snapshot no scenario, plan, assignment or return comment', async () => {
		const { tm, e } = p;
		const snap = await programmeSnapshot(db, tm.manager.session, tm.campaignId);
		expect(snap.scenarios).toEqual([]);
		expect(snap.plan).toBeNull();
		expect(snap.assignments).toEqual([]);
		const events = snap.reviews.flatMap((r) => r.events);
		expect(events.map((x) => x.action)).toEqual(['released']);
		expect(JSON.stringify(snap)).not.toContain('녹취 시각을 다시 확인하세요');
		// The coordinator's has them all.
		const full = await programmeSnapshot(db, tm.coordinator.session, tm.campaignId);
		expect(full.scenarios.map((s) => s.id)).toEqual([scenario.id]);
		expect(full.plan).toEqual(plan);
		expect(full.assignments).toHaveLength(1);
		expect(full.reviews.find((r) => r.evaluationId === e.id)?.events.map((x) => x.action)).toEqual([
			'returned',
			'approved',
			'released'
		]);
	});

	it('pulls a released evaluation to the manager without recordings or moments; the coordinator gets them', async () => {
		const { tm } = p;
		const copy = await toneCopy(6_000);
		const e = withRecording(
			evaluationOf(tm.campaignId, { values: { 'A1-01': 'met' } }),
			copy,
			tm.shopper.deviceId
		);
		expect((await pushAs(db, tm.shopper, [e], T0)).results[0]?.status).toBe(201);
		await review(db, tm.coordinator.session, e.id, { action: 'approve', version: e.version });
		await release(db, tm.coordinator.session, e.id, e.version);
		const managerItem = (await pull(db, tm.manager.session, 0, 500)).items.find(
			(i) => i.evaluation.id === e.id
		)!;
		expect(managerItem.evaluation).not.toHaveProperty('recordings');
		expect(managerItem.evaluation).not.toHaveProperty('moments');
		expect(JSON.stringify(managerItem)).not.toContain(copy.sha256);
		expect(Evaluation.safeParse(managerItem.evaluation).success).toBe(true);
		const coordinatorItem = (await pull(db, tm.coordinator.session, 0, 500)).items.find(
			(i) => i.evaluation.id === e.id
		)!;
		expect(coordinatorItem.evaluation.recordings).toEqual(e.recordings);
		expect(coordinatorItem.evaluation.moments).toEqual(e.moments);
	});
});
