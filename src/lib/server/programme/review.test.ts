import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { answer } from '$lib/domain/editing';
import { reviewOf, type ReturnComment } from '$lib/domain/programme/review';
import { ctxAt, T0 } from '$lib/testing/builders';
import type { Db } from '../db';
import { evaluations, reviewEvents } from '../db/schema';
import { testDatabaseKinds } from '../../testing/server-db';
import { pull } from '../records/pull';
import { release } from './release';
import { evaluationOf, pushAs, team, type Team, withTeamDb } from '../../testing/server-team';
import { review } from './review';
import { programmeSnapshot } from './snapshot';

const HOUR = 3_600_000;

describe.each(testDatabaseKinds())('review and release (%s)', (kind) => {
	let db: Db;
	let tm: Team;
	withTeamDb(kind, (ready) => ({ db, tm } = ready));

	const stored = async (id: string) =>
		(await db.orm.select().from(evaluations).where(eq(evaluations.id, id)))[0]!;
	const eventCount = (id: string) => db.orm.$count(reviewEvents, eq(reviewEvents.evaluationId, id));
	const pushed = async () => {
		const e = evaluationOf(tm.campaignId, { values: { 'A1-01': 'met' } });
		await pushAs(db, tm.shopper, [e]);
		return e;
	};
	const approve = (id: string, version: number, now?: number) =>
		review(db, tm.coordinator.session, id, { action: 'approve', version }, now);
	const sendBack = (id: string, version: number, comments: ReturnComment[], now?: number) =>
		review(db, tm.coordinator.session, id, { action: 'return', version, comments }, now);
	const releaseVersion = (id: string, version: number, now?: number, at?: number) =>
		release(db, tm.coordinator.session, id, version, now, at);

	it('returns with comments, takes an approval of the revision after, then releases; each step an event with who and when', async () => {
		const e = await pushed();
		const returned = await sendBack(
			e.id,
			e.version,
			[{ checkId: 'A1-01', text: '녹취 확인' }],
			T0 + 1
		);
		expect(returned.events).toEqual([
			{
				action: 'returned',
				version: e.version,
				at: T0 + 1,
				by: tm.coordinator.id,
				byName: '코디네이터',
				comments: [{ checkId: 'A1-01', text: '녹취 확인' }]
			}
		]);
		expect(reviewOf(returned.events, e.version, true).state).toBe('returned');
		// The shopper's revision is what the coordinator approves and releases.
		const v2 = answer(e, 'A1-02', 'met', ctxAt(T0 + 1));
		await pushAs(db, tm.shopper, [v2]);
		await approve(e.id, v2.version, T0 + 2);
		const done = await releaseVersion(e.id, v2.version, T0 + 3);
		expect(done.events.map((x) => [x.action, x.at, x.by])).toEqual([
			['returned', T0 + 1, tm.coordinator.id],
			['approved', T0 + 2, tm.coordinator.id],
			['released', T0 + 3, tm.coordinator.id]
		]);
		expect(done.releasedAt).toBe(T0 + 3);
		const row = await stored(e.id);
		expect(row.releasedAt?.getTime()).toBe(T0 + 3);
		expect(row.releasedBy).toBe(tm.coordinator.id);
		const rows = await db.orm
			.select()
			.from(reviewEvents)
			.where(eq(reviewEvents.evaluationId, e.id));
		expect(rows.map((r) => [r.memberId, r.at.getTime()])).toEqual([
			[tm.coordinator.id, T0 + 1],
			[tm.coordinator.id, T0 + 2],
			[tm.coordinator.id, T0 + 3]
		]);
	});

	it('refuses a release before approval (409), after it (409 already), and a return without comments or with an unknown check (422)', async () => {
		const e = await pushed();
		await expect(releaseVersion(e.id, e.version)).rejects.toMatchObject({
			status: 409,
			code: 'not-approved'
		});
		await expect(
			sendBack(e.id, e.version, [{ checkId: 'Z9-99', text: '?' }])
		).rejects.toMatchObject({ status: 422 });
		expect(await eventCount(e.id)).toBe(0);
		// A return after approval changes the decision; the release then needs the shopper's
		// revision and its approval.
		await approve(e.id, e.version);
		await sendBack(e.id, e.version, [{ text: '전체 다시 확인' }]);
		await expect(releaseVersion(e.id, e.version)).rejects.toMatchObject({
			status: 409,
			code: 'awaiting-revision'
		});
		const v2 = answer(e, 'A1-02', 'met', ctxAt(T0 + 5));
		await pushAs(db, tm.shopper, [v2]);
		await approve(e.id, v2.version);
		await releaseVersion(e.id, v2.version);
		await expect(releaseVersion(e.id, v2.version)).rejects.toMatchObject({
			status: 409,
			code: 'already-released'
		});
		await expect(approve(e.id, v2.version)).rejects.toMatchObject({ status: 409 });
	});

	it('a returned version cannot be approved or released (409) until the shopper revises it; nothing is written', async () => {
		const e = await pushed();
		await sendBack(e.id, e.version, [{ checkId: 'A1-01', text: '녹취와 다릅니다' }]);
		const before = await stored(e.id);
		await expect(approve(e.id, e.version)).rejects.toMatchObject({
			status: 409,
			code: 'awaiting-revision',
			message: expect.stringMatching(/sent back to the shopper/)
		});
		await expect(releaseVersion(e.id, e.version)).rejects.toMatchObject({
			status: 409,
			code: 'awaiting-revision'
		});
		// Sending it back twice is refused as well: the shopper has the comments already.
		await expect(sendBack(e.id, e.version, [{ text: '한 번 더' }])).rejects.toMatchObject({
			status: 409
		});
		expect(await eventCount(e.id)).toBe(1);
		const after = await stored(e.id);
		expect(after.releasedAt).toBeNull();
		expect(after.seq).toBe(before.seq);
		// The revision is reviewed again: approved, then released.
		const v2 = answer(e, 'A1-02', 'met', ctxAt(T0 + 5));
		await pushAs(db, tm.shopper, [v2]);
		await approve(e.id, v2.version);
		const done = await releaseVersion(e.id, v2.version);
		expect(done.events.map((x) => [x.action, x.version])).toEqual([
			['returned', e.version],
			['approved', v2.version],
			['released', v2.version]
		]);
	});

	it('an approved version is not approved twice (409), and every event names its person', async () => {
		const e = await pushed();
		await approve(e.id, e.version);
		await expect(approve(e.id, e.version)).rejects.toMatchObject({
			status: 409,
			code: 'already-approved'
		});
		const done = await releaseVersion(e.id, e.version);
		expect(done.events.map((x) => [x.action, x.by, x.byName])).toEqual([
			['approved', tm.coordinator.id, '코디네이터'],
			['released', tm.coordinator.id, '코디네이터']
		]);
		// An event stored without a name (written before names were kept) reads with the member's.
		await db.orm.insert(reviewEvents).values({
			evaluationId: e.id,
			campaignId: tm.campaignId,
			body: { action: 'acknowledged', version: e.version, at: T0 + 9, by: tm.manager.id },
			memberId: tm.manager.id,
			at: new Date(T0 + 9)
		});
		const snap = await programmeSnapshot(db, tm.coordinator.session, tm.campaignId);
		const events = snap.reviews.find((r) => r.evaluationId === e.id)!.events;
		expect(events.map((x) => x.byName)).toEqual(['코디네이터', '코디네이터', '센터 관리자']);
	});

	it('a shopper or a manager cannot review or release (403) and nothing changes', async () => {
		const e = await pushed();
		await approve(e.id, e.version);
		const before = await stored(e.id);
		for (const who of [tm.shopper, tm.manager]) {
			await expect(release(db, who.session, e.id, e.version)).rejects.toMatchObject({
				status: 403
			});
			await expect(
				review(db, who.session, e.id, { action: 'approve', version: e.version })
			).rejects.toMatchObject({ status: 403 });
		}
		const after = await stored(e.id);
		expect(after.releasedAt).toBeNull();
		expect(after.seq).toBe(before.seq);
		expect(await eventCount(e.id)).toBe(1);
	});

	it('a stale version is refused (409); a draft is not reviewed (422)', async () => {
		const e = await pushed();
		await expect(approve(e.id, e.version + 1)).rejects.toMatchObject({
			status: 409,
			code: 'version-changed'
		});
		const draft = evaluationOf(tm.campaignId, { status: 'draft' });
		await pushAs(db, tm.shopper, [draft]);
		await expect(approve(draft.id, draft.version)).rejects.toMatchObject({ status: 422 });
		expect(await eventCount(e.id)).toBe(0);
		expect(await eventCount(draft.id)).toBe(0);
	});

	it('a new version after a release withdraws it and waits for review again', async () => {
		const e = await pushed();
		await approve(e.id, e.version);
		await releaseVersion(e.id, e.version);
		const v2 = answer(e, 'A1-02', 'met', ctxAt(T0 + 5));
		await pushAs(db, tm.shopper, [v2]);
		expect((await stored(e.id)).releasedAt).toBeNull();
		const snap = await programmeSnapshot(db, tm.coordinator.session, tm.campaignId);
		const events = snap.reviews.find((r) => r.evaluationId === e.id)!.events;
		expect(reviewOf(events, v2.version, true).state).toBe('waiting');
		await expect(releaseVersion(e.id, v2.version)).rejects.toMatchObject({
			status: 409,
			code: 'not-approved'
		});
	});

	it('a release set for a date reaches a manager pulling by cursor at that instant, not before', async () => {
		const local = await team(db);
		const now = Date.now();
		const later = evaluationOf(local.campaignId);
		const soon = evaluationOf(local.campaignId);
		await pushAs(db, local.shopper, [later, soon]);
		const ok = (id: string, v: number) =>
			review(db, local.coordinator.session, id, { action: 'approve', version: v }, now);
		await ok(later.id, later.version);
		await ok(soon.id, soon.version);
		const scheduled = await release(
			db,
			local.coordinator.session,
			later.id,
			later.version,
			now,
			now + 2 * HOUR
		);
		expect(scheduled.releasedAt).toBe(now + 2 * HOUR);
		const ids = (p: Awaited<ReturnType<typeof pull>>) => p.items.map((i) => i.evaluation.id);
		// Released at once, the other one moves the manager's cursor past the scheduled one.
		await release(db, local.coordinator.session, soon.id, soon.version, now + 1);
		const first = await pull(db, local.manager.session, 0, 500, now + HOUR);
		expect(ids(first)).toEqual([soon.id]);
		expect(first.cursor).toBeGreaterThan((await stored(later.id)).seq);
		// The coordinator's phone learns the date at once.
		const coord = await pull(db, local.coordinator.session, 0, 500, now + HOUR);
		expect(coord.items.find((i) => i.evaluation.id === later.id)?.releasedAt).toBe(now + 2 * HOUR);
		// A minute before: still nothing, nor its events in the snapshot.
		const before = await pull(
			db,
			local.manager.session,
			first.cursor,
			500,
			now + 2 * HOUR - 60_000
		);
		expect(ids(before)).toEqual([]);
		const snapBefore = await programmeSnapshot(
			db,
			local.manager.session,
			local.campaignId,
			now + 2 * HOUR - 60_000
		);
		expect(snapBefore.reviews.map((r) => r.evaluationId)).toEqual([soon.id]);
		// At the instant: the next pull from the same cursor brings it.
		const due = await pull(db, local.manager.session, first.cursor, 500, now + 2 * HOUR);
		expect(ids(due)).toEqual([later.id]);
		expect(due.items[0]?.releasedAt).toBe(now + 2 * HOUR);
		const again = await pull(db, local.manager.session, due.cursor, 500, now + 3 * HOUR);
		expect(ids(again)).toEqual([]);
	});

	it('a release date more than a year ahead is refused (422) and nothing changes', async () => {
		const e = await pushed();
		await approve(e.id, e.version);
		const now = Date.now();
		await expect(releaseVersion(e.id, e.version, now, now + 400 * 24 * HOUR)).rejects.toMatchObject(
			{ status: 422 }
		);
		expect((await stored(e.id)).releasedAt).toBeNull();
		expect(await eventCount(e.id)).toBe(1);
	});

	it('the snapshot shows the events to the coordinator, the evaluation’s shopper, and the manager only the release once visible', async () => {
		const local = await team(db);
		const e = evaluationOf(local.campaignId);
		await pushAs(db, local.shopper, [e]);
		await review(db, local.coordinator.session, e.id, {
			action: 'return',
			version: e.version,
			comments: [{ checkId: 'A1-01', text: '다시 들어 보세요' }]
		});
		const eventsOf = async (who: typeof local.shopper) =>
			(await programmeSnapshot(db, who.session, local.campaignId)).reviews.find(
				(r) => r.evaluationId === e.id
			)?.events ?? [];
		expect((await eventsOf(local.coordinator)).map((x) => x.action)).toEqual(['returned']);
		expect(await eventsOf(local.shopper)).toMatchObject([
			{ action: 'returned', comments: [{ checkId: 'A1-01', text: '다시 들어 보세요' }] }
		]);
		expect(await eventsOf(local.other)).toEqual([]);
		expect(await eventsOf(local.manager)).toEqual([]);
		const v2 = answer(e, 'A1-02', 'met', ctxAt(T0 + 5));
		await pushAs(db, local.shopper, [v2]);
		await review(db, local.coordinator.session, e.id, { action: 'approve', version: v2.version });
		await release(db, local.coordinator.session, e.id, v2.version);
		expect((await eventsOf(local.manager)).map((x) => x.action)).toEqual(['released']);
		expect((await eventsOf(local.shopper)).map((x) => x.action)).toEqual([
			'returned',
			'approved',
			'released'
		]);
	});
});
