import { describe, expect, it } from 'vitest';
import { readingOf } from '$lib/domain/reading';
import { buildCampaign, buildEvaluation } from '$lib/testing/builders';
import { buildPlan as planOf, buildScenario as scenario } from '$lib/testing/programme';
import { evaluations } from '../db/schema';
import type { Session } from '../auth/session';
import type { Db } from '../db';
import { ApiError } from '../http/errors';
import {
	addCoordinatedCampaign,
	addPerson,
	testDatabaseKinds,
	withFreshDb
} from '../../testing/server-db';
import { addAssignment, cancelAssignment, generateAssignments } from './assignments';
import { archiveScenario, putPlan, putScenario } from './planning';
import { programmeSnapshot } from './snapshot';

async function refusal(work: Promise<unknown>): Promise<ApiError> {
	try {
		await work;
	} catch (error) {
		if (error instanceof ApiError) return error;
		throw error;
	}
	throw new Error('expected a refusal');
}

const NOW = Date.parse('2026-03-01T00:00:00Z');

describe.each(testDatabaseKinds())('planning on %s', (kind) => {
	let db: Db;
	let campaignId: string;
	let coord: Session;
	let shopperA: { id: string; session: Session };
	let shopperB: { id: string; session: Session };
	let manager: { id: string; session: Session };

	withFreshDb(kind, async (opened) => {
		db = opened;
		const made = await addCoordinatedCampaign(db);
		campaignId = made.campaignId;
		coord = made.coordinator.session;
		shopperA = await addPerson(db, campaignId, '가 평가원', 'shopper');
		shopperB = await addPerson(db, campaignId, '나 평가원', 'shopper');
		manager = await addPerson(db, campaignId, '센터장', 'manager');
		await putScenario(db, coord, campaignId, 's1', scenario('s1'));
		await putScenario(db, coord, campaignId, 's2', scenario('s2', '주소 변경'));
	});

	const snapshotOf = (s: Session) => programmeSnapshot(db, s, campaignId, NOW);
	const generate = (shopperIds: string[]) =>
		generateAssignments(db, coord, campaignId, { shopperIds }, NOW);

	it('a shopper or manager may not write scenarios, plans or assignments (403, nothing changed)', async () => {
		for (const who of [shopperA.session, manager.session]) {
			expect((await refusal(putScenario(db, who, campaignId, 's3', scenario('s3')))).status).toBe(
				403
			);
			expect((await refusal(archiveScenario(db, who, campaignId, 's1'))).status).toBe(403);
			expect((await refusal(putPlan(db, who, campaignId, planOf()))).status).toBe(403);
			const hand = {
				shopperId: shopperA.id,
				channel: 'phone' as const,
				timeSlot: 'morning' as const,
				windowFrom: '2026-03-02',
				windowTo: '2026-03-02'
			};
			expect((await refusal(addAssignment(db, who, campaignId, hand))).status).toBe(403);
			const gen = generateAssignments(db, who, campaignId, { shopperIds: [shopperA.id] });
			expect((await refusal(gen)).status).toBe(403);
		}
		const snap = await snapshotOf(coord);
		expect(snap.scenarios.map((s) => s.title)).toEqual(['주소 변경', '카드 분실 신고']); // by title
		expect(snap.scenarios.every((s) => !s.archived)).toBe(true);
		expect(snap.plan).toBeNull();
		expect(snap.assignments).toEqual([]);
	});

	it('a plan with more cells than contacts is refused with 422 and nothing is stored', async () => {
		const error = await refusal(putPlan(db, coord, campaignId, planOf({ total: 11 })));
		expect(error.status).toBe(422);
		expect(error.code).toBe('plan-more-cells-than-contacts');
		expect(error.message).toMatch(/12 cells but only 11 contacts/);
		expect((await snapshotOf(coord)).plan).toBeNull();
	});

	it('a plan naming a scenario not in the campaign is refused', async () => {
		const error = await refusal(
			putPlan(db, coord, campaignId, planOf({ scenarioIds: ['s1', 'nope'] }))
		);
		expect(error.status).toBe(422);
		expect(error.message).toMatch(/nope/);
		expect((await snapshotOf(coord)).plan).toBeNull();
	});

	it('stores a plan that spreads, and bumps its version on update', async () => {
		expect(
			await putPlan(db, coord, campaignId, planOf({ capPerShopper: 2, minGapDays: 7 }))
		).toEqual({
			version: 1
		});
		expect(
			await putPlan(db, coord, campaignId, planOf({ capPerShopper: 2, minGapDays: 7 }))
		).toEqual({
			version: 2
		});
		expect((await snapshotOf(coord)).plan?.total).toBe(12);
	});

	it('an assignment to someone who is not a shopper of the campaign is refused (422, nothing stored)', async () => {
		const error = await refusal(
			addAssignment(db, coord, campaignId, {
				shopperId: manager.id,
				channel: 'phone',
				timeSlot: 'morning',
				windowFrom: '2026-03-02',
				windowTo: '2026-03-06'
			})
		);
		expect(error.status).toBe(422);
		expect(error.code).toBe('not-a-shopper');
		expect((await snapshotOf(coord)).assignments).toEqual([]);
	});

	it('a hand assignment keeps the gap and the cap', async () => {
		const hand = (windowFrom: string) =>
			addAssignment(
				db,
				coord,
				campaignId,
				{
					shopperId: shopperA.id,
					scenarioId: 's1',
					channel: 'phone',
					timeSlot: 'morning',
					windowFrom,
					windowTo: windowFrom
				},
				NOW
			);
		const first = await hand('2026-03-02');
		expect(first).toMatchObject({
			shopperId: shopperA.id,
			status: 'open',
			shopperName: '가 평가원'
		});
		const gap = await refusal(hand('2026-03-05'));
		expect([gap.status, gap.code]).toEqual([422, 'assignment-gap']);
		await hand('2026-03-09');
		const cap = await refusal(hand('2026-03-20'));
		expect([cap.status, cap.code]).toEqual([422, 'assignment-cap']);
		expect((await snapshotOf(coord)).assignments).toHaveLength(2);
		// A cancelled assignment frees its place.
		await cancelAssignment(db, coord, campaignId, first.id);
		await hand('2026-03-20');
		const open = (await snapshotOf(coord)).assignments.filter((a) => a.status === 'open');
		expect(open.map((a) => a.windowFrom)).toEqual(['2026-03-09', '2026-03-20']);
	});

	it('generates assignments for the open cells within caps and gaps', async () => {
		const result = await generate([shopperA.id, shopperB.id]);
		const all = (await snapshotOf(coord)).assignments.filter((a) => a.status === 'open');
		// Cap 2 per shopper: A already holds 2, so B takes 2 and the rest is refused by the cap.
		expect(result.made).toHaveLength(2);
		expect(result.made.every((a) => a.shopperId === shopperB.id)).toBe(true);
		expect(result.made.length + result.unmade.length).toBe(12);
		expect(result.unmade.every((u) => u.reason === 'cap' || u.reason === 'gap')).toBe(true);
		for (const shopper of [shopperA.id, shopperB.id]) {
			const dates = all
				.filter((a) => a.shopperId === shopper)
				.map((a) => Date.parse(a.windowFrom))
				.sort((x, y) => x - y);
			expect(dates.length).toBeLessThanOrEqual(2);
			for (let i = 1; i < dates.length; i++) {
				expect(dates[i]! - dates[i - 1]!).toBeGreaterThanOrEqual(7 * 86_400_000);
			}
		}
		// Generated ones carry their cell; generating again fills only what is still open.
		expect(result.made.every((a) => a.cellId && a.scenarioId)).toBe(true);
		const again = await generate([shopperB.id]);
		expect(again.made).toHaveLength(0);
		expect(again.unmade).toHaveLength(10);
	});

	it('generation with a larger cap and no gap fills all open cells once', async () => {
		await putPlan(db, coord, campaignId, planOf({ capPerShopper: 20, minGapDays: 0 }));
		const r = await generate([shopperA.id, shopperB.id]);
		// 12 planned, 2 generated before are still open in their cells.
		expect(r.made).toHaveLength(10);
		expect(r.unmade).toEqual([]);
		const cells = new Map<string, number>();
		for (const a of (await snapshotOf(coord)).assignments) {
			if (a.status === 'open' && a.cellId) cells.set(a.cellId, (cells.get(a.cellId) ?? 0) + 1);
		}
		expect([...cells.values()].every((n) => n === 1)).toBe(true);
		expect(cells.size).toBe(12);
	});

	it('generation refuses a person who is not a shopper', async () => {
		const error = await refusal(generate([shopperA.id, manager.id]));
		expect([error.status, error.code]).toEqual([422, 'not-a-shopper']);
	});

	it('the snapshot gives a shopper only their own assignments and the scenarios, a manager none', async () => {
		const mine = await snapshotOf(shopperA.session);
		expect(mine.assignments.length).toBeGreaterThan(0);
		expect(mine.assignments.every((a) => a.shopperId === shopperA.id)).toBe(true);
		expect(mine.scenarios.map((s) => s.id)).toEqual(['s2', 's1']); // 주소 변경, 카드 분실 신고
		expect(mine.plan).toBeNull();
		const boss = await snapshotOf(manager.session);
		expect(boss.assignments).toEqual([]);
		expect(boss.scenarios).toEqual([]);
		expect(boss.plan).toBeNull();
	});

	it('archives a scenario; a plan may no longer name it', async () => {
		const archived = await archiveScenario(db, coord, campaignId, 's2');
		expect(archived.archived).toBe(true);
		const error = await refusal(putPlan(db, coord, campaignId, planOf()));
		expect(error.code).toBe('plan-unknown-scenario');
	});

	it('cancelling an unknown assignment is 404', async () => {
		expect((await refusal(cancelAssignment(db, coord, campaignId, 'nope'))).status).toBe(404);
	});
});

describe.each(testDatabaseKinds())('generation and done contacts on %s', (kind) => {
	let db: Db;
	withFreshDb(kind, (opened) => (db = opened));

	it('a cell with a contact done (counting in reports) gets no new assignment; a started one cannot be cancelled', async () => {
		const { campaignId, coordinator } = await addCoordinatedCampaign(db);
		const coord = coordinator.session;
		const shopper = await addPerson(db, campaignId, '가 평가원', 'shopper');
		for (const id of ['s1', 's2']) await putScenario(db, coord, campaignId, id, scenario(id));
		await putPlan(db, coord, campaignId, planOf({ capPerShopper: 50, minGapDays: 0 }));
		const generate = () =>
			generateAssignments(db, coord, campaignId, { shopperIds: [shopper.id] }, NOW);

		const store = async (status: 'final' | 'draft', extra: object) => {
			const e = buildEvaluation({
				id: crypto.randomUUID(),
				campaignId,
				scenarioId: 's1',
				timeSlot: 'morning',
				status,
				// 2026-03-04 is a Wednesday.
				consultedAt: { date: '2026-03-04', from: '09:00', to: '09:10' },
				...extra
			});
			// Stored with its reading, as a push stores it.
			const r = readingOf(e, buildCampaign({ id: campaignId }), NOW);
			await db.orm.insert(evaluations).values({
				id: e.id,
				campaignId,
				shopperMemberId: shopper.id,
				version: e.version,
				deviceId: e.deviceId,
				body: e,
				status: r.status,
				countsInReports: r.countsInReports,
				timeSlot: r.timeSlot,
				weekday: r.weekday
			});
			return e.id;
		};
		await store('final', {});

		const first = await generate();
		expect(first.made).toHaveLength(11);
		expect(first.made.some((a) => a.cellId === 'wed|morning|s1|phone')).toBe(false);

		// An evaluation started (a draft) from an assignment: the assignment cannot be cancelled,
		// and its cell stays taken.
		const started = first.made[0]!;
		await store('draft', { assignmentId: started.id });
		const error = await refusal(cancelAssignment(db, coord, campaignId, started.id));
		expect([error.status, error.code]).toEqual([409, 'assignment-started']);
		const again = await generate();
		expect(again.made).toHaveLength(0);
	});

	it('two coordinators generating at once never assign a cell twice nor pass the cap', async () => {
		const { campaignId: id, coordinator } = await addCoordinatedCampaign(db, '조정자 갑');
		const sessions = [
			coordinator.session,
			(await addPerson(db, id, '조정자 을', 'coordinator')).session
		];
		const shoppers: string[] = [];
		for (const name of ['평가원 갑', '평가원 을']) {
			shoppers.push((await addPerson(db, id, name, 'shopper')).id);
		}
		const [s1, s2] = [`s1-${id}`, `s2-${id}`];
		await putScenario(db, sessions[0]!, id, s1, scenario(s1));
		await putScenario(db, sessions[0]!, id, s2, scenario(s2, '주소 변경'));
		await putPlan(
			db,
			sessions[0]!,
			id,
			planOf({ scenarioIds: [s1, s2], capPerShopper: 5, minGapDays: 0 })
		);
		// Each coordinator asks twice at once: four generations race for the same open cells.
		const results = await Promise.all(
			[...sessions, ...sessions].map((s) =>
				generateAssignments(db, s, id, { shopperIds: shoppers }, NOW)
			)
		);
		const made = results.flatMap((r) => r.made);
		expect(made).toHaveLength(10); // two shoppers × cap 5, of 12 cells
		expect(new Set(made.map((a) => a.cellId)).size).toBe(10);
		for (const shopper of shoppers) {
			expect(made.filter((a) => a.shopperId === shopper)).toHaveLength(5);
		}
	});
});
