import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { answer, deleteEvaluation } from '$lib/domain/editing';
import { ctxAt, T0 } from '$lib/testing/builders';
import type { Db } from '../db';
import { rowsOf } from '../db';
import { evaluationConflicts, evaluations } from '../db/schema';
import { testDatabaseKinds } from '../../testing/server-db';
import { pull } from './pull';
import { ConflictError, push, putEvaluation } from './push';
import { review } from '../programme/review';
import { release } from '../programme/release';
import {
	evaluationOf,
	person,
	pushAs,
	signRecords,
	team,
	type Team,
	withTeamDb
} from '../../testing/server-team';

const edit = (at: number, by = 'd-phone') => ctxAt(T0 + at, by);

describe.each(testDatabaseKinds())('push and pull (%s)', (kind) => {
	let db: Db;
	let tm: Team;
	withTeamDb(kind, (ready) => ({ db, tm } = ready));

	const stored = async (id: string) =>
		(await db.orm.select().from(evaluations).where(eq(evaluations.id, id)))[0];
	const conflictCount = (id: string) =>
		db.orm.$count(evaluationConflicts, eq(evaluationConflicts.evaluationId, id));

	it('stores a new record (201), and the same push again changes nothing (200)', async () => {
		const e = evaluationOf(tm.campaignId, { values: { 'A1-01': 'met' } });
		const first = await pushAs(db, tm.shopper, [{ ...e, origin: { importedAt: T0 } }]);
		expect(first.results).toEqual([
			{ id: e.id, version: e.version, status: 201, missingBlobs: [] }
		]);
		const row = await stored(e.id);
		expect(row?.shopperMemberId).toBe(tm.shopper.id);
		expect(row?.signerFingerprint).toBe(tm.shopper.fingerprint);
		expect((row?.body as { origin?: unknown }).origin).toBeUndefined();
		const again = await pushAs(db, tm.shopper, [e]);
		expect(again.results[0]?.status).toBe(200);
		expect((await stored(e.id))?.seq).toBe(row?.seq);
	});

	it('takes a later version of the same history (201), and an older one is a no-op (200)', async () => {
		const v1 = evaluationOf(tm.campaignId);
		const v2 = answer(v1, 'A1-01', 'met', edit(1));
		const v3 = answer(v2, 'A1-02', 'not-met', edit(2));
		expect((await pushAs(db, tm.shopper, [v1])).results[0]?.status).toBe(201);
		const seq1 = (await stored(v1.id))!.seq;
		expect((await pushAs(db, tm.shopper, [v3])).results[0]?.status).toBe(201);
		const row = (await stored(v1.id))!;
		expect(row.version).toBe(v3.version);
		expect(row.seq).toBeGreaterThan(seq1);
		expect((await pushAs(db, tm.shopper, [v2])).results[0]?.status).toBe(200);
		expect((await stored(v1.id))!.version).toBe(v3.version);
	});

	it('answers 409 with the server copy for a diverged version and keeps it once', async () => {
		const base = evaluationOf(tm.campaignId);
		const mine = answer(base, 'A1-01', 'met', edit(1, 'd-a'));
		const theirs = answer(base, 'A1-01', 'not-met', edit(1, 'd-b'));
		await pushAs(db, tm.shopper, [mine]);
		const res = await pushAs(db, tm.shopper, [theirs]);
		expect(res.results[0]?.status).toBe(409);
		expect(res.results[0]?.server).toEqual(mine);
		await pushAs(db, tm.shopper, [theirs]);
		expect(await conflictCount(base.id)).toBe(1);
		expect((await stored(base.id))!.body).toEqual(mine);
	});

	it('carries a tombstone like any version', async () => {
		const e = evaluationOf(tm.campaignId, { values: { 'A1-01': 'met' } });
		await pushAs(db, tm.shopper, [e]);
		const gone = deleteEvaluation(e, edit(5));
		expect((await pushAs(db, tm.shopper, [gone])).results[0]?.status).toBe(201);
		const row = (await stored(e.id))!;
		expect(row.deleted).toBe(true);
		expect(row.countsInReports).toBe(false);
		const page = await pull(db, tm.coordinator.session, 0, 500);
		expect(page.items.find((i) => i.evaluation.id === e.id)?.evaluation.deleted).toBeDefined();
		// The live copy sent again after the deletion is an ancestor of the tombstone.
		expect((await pushAs(db, tm.shopper, [e])).results[0]?.status).toBe(200);
	});

	it("refuses another shopper's record (403) and changes nothing", async () => {
		const e = evaluationOf(tm.campaignId);
		await pushAs(db, tm.shopper, [e]);
		const before = (await stored(e.id))!;
		const hijack = answer(e, 'A1-01', 'not-met', edit(1));
		const res = await pushAs(db, tm.other, [hijack]);
		expect(res.results[0]?.status).toBe(403);
		const after = (await stored(e.id))!;
		expect(after.version).toBe(before.version);
		expect(after.seq).toBe(before.seq);
		expect(after.shopperMemberId).toBe(tm.shopper.id);
	});

	it('refuses a record of a campaign the pusher is no shopper of (403)', async () => {
		const outsider = await person(db, '외부인');
		const e = evaluationOf(tm.campaignId);
		expect((await pushAs(db, outsider, [e])).results[0]?.status).toBe(403);
		expect((await pushAs(db, tm.coordinator, [e])).results[0]?.status).toBe(403);
		expect(await stored(e.id)).toBeUndefined();
	});

	it('answers 422 with a message for an invalid record', async () => {
		const e = evaluationOf(tm.campaignId);
		const res = await pushAs(db, tm.shopper, [{ ...e, version: 7 }]);
		expect(res.results[0]).toMatchObject({ id: e.id, version: 7, status: 422 });
		expect(res.results[0]?.message).toMatch(/baseVersion|version/);
	});

	it('refuses an unknown key and a signature over other records', async () => {
		const e = evaluationOf(tm.campaignId);
		const req = {
			deviceId: tm.shopper.deviceId,
			fingerprint: tm.other.fingerprint,
			signature: await signRecords(tm.other.keys, [e]),
			records: [e]
		};
		await expect(push(db, tm.shopper.session, req)).rejects.toMatchObject({
			status: 403,
			code: 'unknown-device-key'
		});
		const tampered = {
			...req,
			fingerprint: tm.shopper.fingerprint,
			signature: await signRecords(tm.shopper.keys, [{ ...e, scenario: 'x' }])
		};
		await expect(push(db, tm.shopper.session, tampered)).rejects.toMatchObject({ status: 403 });
		expect(await stored(e.id)).toBeUndefined();
	});

	it('names the photos the server still needs', async () => {
		const hash = 'ab'.repeat(32);
		const e = evaluationOf(tm.campaignId, { values: { 'A1-01': 'met' } });
		const withPhoto = {
			...e,
			answers: { 'A1-01': { ...e.answers['A1-01']!, evidenceIds: [`sha256-${hash}`] } }
		};
		const res = await pushAs(db, tm.shopper, [withPhoto]);
		expect(res.results[0]?.missingBlobs).toEqual([`sha256-${hash}`]);
		expect((await stored(e.id))!.missingBlobs).toEqual([hash]);
		const page = await pull(db, tm.shopper.session, 0, 500);
		expect(page.items.find((i) => i.evaluation.id === e.id)?.complete).toBe(false);
	});

	it('gives each role its records: shopper own, coordinator all, manager released', async () => {
		const local = await team(db);
		const a = evaluationOf(local.campaignId, { values: { 'A1-01': 'met' } });
		const b = evaluationOf(local.campaignId, { values: { 'A1-01': 'not-met' } });
		await pushAs(db, local.shopper, [a]);
		await pushAs(db, local.other, [b]);
		const ids = async (who: typeof local.shopper) =>
			(await pull(db, who.session, 0, 500)).items.map((i) => i.evaluation.id).sort();
		expect(await ids(local.shopper)).toEqual([a.id]);
		expect(await ids(local.coordinator)).toEqual([a.id, b.id].sort());
		expect(await ids(local.manager)).toEqual([]);
		const cursor = (await pull(db, local.manager.session, 0, 500)).cursor;
		await review(db, local.coordinator.session, b.id, { action: 'approve', version: b.version });
		await release(db, local.coordinator.session, b.id, b.version);
		const page = await pull(db, local.manager.session, cursor, 500);
		expect(page.items.map((i) => i.evaluation.id)).toEqual([b.id]);
		expect(page.items[0]?.releasedAt).toBeTypeOf('number');
		// The manager learns that the programme verified it, not who signed it.
		expect(page.items[0]).not.toHaveProperty('signer');
		expect(page.items[0]?.programme).toBe('verified');
		const all = await pull(db, local.coordinator.session, 0, 500);
		expect(all.items.find((i) => i.evaluation.id === b.id)?.signer).toEqual({
			fingerprint: local.other.fingerprint,
			memberId: local.other.id,
			displayName: '쇼퍼 이'
		});
	});

	it('refuses a release by a shopper (403), of a stale version (409), of a draft (422)', async () => {
		const e = evaluationOf(tm.campaignId);
		await pushAs(db, tm.shopper, [e]);
		await expect(release(db, tm.shopper.session, e.id, e.version)).rejects.toMatchObject({
			status: 403
		});
		await expect(release(db, tm.coordinator.session, e.id, e.version + 1)).rejects.toMatchObject({
			status: 409
		});
		const draft = evaluationOf(tm.campaignId, { status: 'draft' });
		await pushAs(db, tm.shopper, [draft]);
		await expect(
			release(db, tm.coordinator.session, draft.id, draft.version)
		).rejects.toMatchObject({ status: 422 });
		expect((await stored(e.id))!.releasedAt).toBeNull();
	});

	it('pages by cursor: five records, two at a time, in order, nothing twice', async () => {
		const local = await team(db);
		const records = Array.from({ length: 5 }, () => evaluationOf(local.campaignId));
		for (const r of records) await pushAs(db, local.shopper, [r]);
		const seen: string[] = [];
		let cursor = 0;
		const pages: number[] = [];
		for (;;) {
			const page = await pull(db, local.shopper.session, cursor, 2);
			pages.push(page.items.length);
			seen.push(...page.items.map((i) => i.evaluation.id));
			expect(page.cursor).toBeGreaterThanOrEqual(cursor);
			cursor = page.cursor;
			if (!page.more) break;
		}
		expect(pages).toEqual([2, 2, 1]);
		expect(seen).toEqual(records.map((r) => r.id));
		const empty = await pull(db, local.shopper.session, cursor, 2);
		expect(empty).toEqual({ items: [], cursor, more: false });
	});

	it('keeps positions in commit order under concurrent pushes', async () => {
		const local = await team(db);
		const records = Array.from({ length: 12 }, () => evaluationOf(local.campaignId));
		await Promise.all(records.map((r) => pushAs(db, local.shopper, [r])));
		const res = await db.orm.execute(
			sql`select count(distinct seq)::int as n from evaluations where campaign_id = ${local.campaignId}`
		);
		expect(rowsOf<{ n: number }>(res)[0]?.n).toBe(12);
		const page = await pull(db, local.coordinator.session, 0, 500);
		const seqs = page.items.map((i) => i.seq);
		expect(seqs).toEqual([...seqs].sort((x, y) => x - y));
	});

	it('PUT /evaluations/:id: 201, then 409 carrying the server copy for a diverged body', async () => {
		const base = evaluationOf(tm.campaignId);
		const put = async (e: typeof base) =>
			putEvaluation(db, tm.shopper.session, e.id, {
				deviceId: tm.shopper.deviceId,
				fingerprint: tm.shopper.fingerprint,
				signature: await signRecords(tm.shopper.keys, [e]),
				evaluation: e
			});
		expect((await put(base)).status).toBe(201);
		expect((await put(base)).status).toBe(200);
		const mine = answer(base, 'A1-01', 'met', edit(1, 'd-a'));
		const theirs = answer(base, 'A1-01', 'partial', edit(1, 'd-b'));
		expect((await put(mine)).status).toBe(201);
		const refused = await put(theirs).catch((e: unknown) => e);
		expect(refused).toBeInstanceOf(ConflictError);
		expect((refused as ConflictError).status).toBe(409);
		expect((refused as ConflictError).server).toEqual(mine);
		const other = evaluationOf(tm.campaignId);
		await expect(
			putEvaluation(db, tm.shopper.session, base.id, {
				deviceId: tm.shopper.deviceId,
				fingerprint: tm.shopper.fingerprint,
				signature: await signRecords(tm.shopper.keys, [other]),
				evaluation: other
			})
		).rejects.toMatchObject({ status: 422 });
	});
});
