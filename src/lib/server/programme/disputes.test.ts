import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { catalog } from '$lib/domain/catalog';
import { serverActor } from '$lib/domain/programme/center';
import { disputeCounts, type ReviewEvent } from '$lib/domain/programme/review';
import type { Evaluation } from '$lib/domain/record';
import { planFor } from '$lib/domain/scoring';
import { T0 } from '$lib/testing/builders';
import type { Db } from '../db';
import {
	campaignCheckCounts,
	campaignTallies,
	disputeFiles,
	disputes,
	evaluations,
	reviewEvents
} from '../db/schema';
import { ApiError } from '../http/errors';
import { addMember, signedIn, testDatabaseKinds } from '../../testing/server-db';
import { pull } from '../records/pull';
import { evaluationOf, pushAs, type Team, withTeamDb } from '../../testing/server-team';
import { acknowledge, centerFiguresOf } from './center';
import { putBlob } from '../records/blobs';
import { decideDispute, disputeFile, disputesFor, openDispute, setDisputeDays } from './disputes';
import { readerOf } from './reader';
import { programmeSnapshot } from './snapshot';

const DAY = 86_400_000;
const RELEASED = T0 + DAY;

/** The status an ApiError-throwing promise fails with (undefined when it does not fail). */
async function statusOf(p: Promise<unknown>): Promise<number | undefined> {
	try {
		await p;
		return undefined;
	} catch (error) {
		if (error instanceof ApiError) return error.status;
		throw error;
	}
}

describe.each(testDatabaseKinds())('disputes and the center view (%s)', (kind) => {
	let db: Db;
	let tm: Team;
	withTeamDb(kind, (ready) => ({ db, tm } = ready));

	/** A final evaluation with every check of its plan met, pushed by the shopper. */
	async function pushed(): Promise<Evaluation> {
		const draft = evaluationOf(tm.campaignId);
		const values = Object.fromEntries(
			planFor(catalog, draft, tm.campaign).checkIds.map((id) => [id, 'met' as const])
		);
		const e = evaluationOf(tm.campaignId, { values });
		expect((await pushAs(db, tm.shopper, [e], T0)).results[0]?.status).toBe(201);
		return e;
	}
	/** Released at `at` (visible from then), as the coordinator's release leaves it. */
	async function released(e: Evaluation, at = RELEASED): Promise<void> {
		await db.orm
			.update(evaluations)
			.set({ releasedAt: new Date(at), releasedBy: tm.coordinator.id })
			.where(eq(evaluations.id, e.id));
	}
	const open = (e: Evaluation, now: number, who = tm.manager, checkId = 'A1-01') =>
		openDispute(db, who.session, e.id, { version: e.version, checkId, reason: '녹취와 다름' }, now);
	const count = async (id: string) =>
		(await db.orm.select().from(disputes).where(eq(disputes.evaluationId, id))).length;

	it('a dispute after the deadline is refused (422) and nothing is stored', async () => {
		const e = await pushed();
		await released(e);
		expect(await statusOf(open(e, RELEASED + 14 * DAY + 1))).toBe(422);
		expect(await count(e.id)).toBe(0);
		// A coordinator sets a longer deadline: the same dispute is taken.
		await setDisputeDays(db, tm.coordinator.session, tm.campaignId, 30);
		const { dispute } = await open(e, RELEASED + 14 * DAY + 1);
		expect(dispute).toMatchObject({
			checkId: 'A1-01',
			version: e.version,
			openedBy: tm.manager.id
		});
		expect(await count(e.id)).toBe(1);
		await setDisputeDays(db, tm.coordinator.session, tm.campaignId, 14);
		// Only a coordinator sets the deadline.
		expect(await statusOf(setDisputeDays(db, tm.manager.session, tm.campaignId, 99))).toBe(403);
	});

	it('a shopper or a non-member may not dispute (403); an unreleased evaluation cannot be (422)', async () => {
		const e = await pushed();
		expect(await statusOf(open(e, RELEASED))).toBe(422);
		await released(e);
		expect(await statusOf(open(e, RELEASED + DAY, tm.shopper))).toBe(403);
		const stranger = await addMember(db, '외부인');
		const { session } = await signedIn(db, stranger.id);
		expect(
			await statusOf(
				openDispute(db, session, e.id, { version: e.version, checkId: 'A1-01', reason: 'x' })
			)
		).toBe(403);
		// A release that is visible only from a later date cannot be disputed before it.
		const later = await pushed();
		await released(later, RELEASED + 10 * DAY);
		expect(await statusOf(open(later, RELEASED + DAY))).toBe(422);
		// An open dispute of the same check is not opened twice; a stale version is refused.
		await open(e, RELEASED + DAY);
		expect(await statusOf(open(e, RELEASED + DAY))).toBe(409);
		expect(
			await statusOf(
				openDispute(db, tm.manager.session, e.id, {
					version: e.version - 1,
					checkId: 'A1-02',
					reason: 'x'
				})
			)
		).toBe(409);
		expect(await count(e.id)).toBe(1);
	});

	it('names a file uploaded whole to the blob store first; one that has not arrived is refused', async () => {
		const e = await pushed();
		await released(e);
		const bytes = Uint8Array.from({ length: 600 * 1024 }, (_, i) => (i * 31) % 251);
		const sha256 = createHash('sha256').update(bytes).digest('hex');
		const file = { name: 'call.wav', type: 'audio/wav', sha256, size: bytes.length };
		const ask = (checkId: string) =>
			openDispute(
				db,
				tm.manager.session,
				e.id,
				{ version: e.version, checkId, reason: '녹취 첨부', file },
				RELEASED + DAY
			);
		// Only half of it has arrived: refused in words, nothing stored.
		const half = 300 * 1024;
		await putBlob(
			db,
			tm.manager.session,
			sha256,
			{ start: 0, end: half - 1, total: bytes.length },
			bytes.subarray(0, half)
		);
		const refused = ask('A1-02');
		expect(await statusOf(refused)).toBe(422);
		await expect(ask('A1-02')).rejects.toMatchObject({ code: 'file-missing' });
		expect(await count(e.id)).toBe(0);
		// The rest arrives (resumed from the server's offset): now the dispute names it.
		await putBlob(
			db,
			tm.manager.session,
			sha256,
			{ start: half, end: bytes.length - 1, total: bytes.length },
			bytes.subarray(half)
		);
		const { dispute } = await ask('A1-02');
		expect(dispute).toMatchObject({ fileName: 'call.wav', fileSha256: sha256 });
		expect(await count(e.id)).toBe(1);
		// The coordinator and the manager download it; a shopper may not.
		const got = await disputeFile(db, tm.coordinator.session, dispute.id);
		expect(got).toMatchObject({ name: 'call.wav', type: 'audio/wav' });
		expect(createHash('sha256').update(got.bytes).digest('hex')).toBe(sha256);
		expect((await disputeFile(db, tm.manager.session, dispute.id)).bytes.length).toBe(bytes.length);
		expect(await statusOf(disputeFile(db, tm.shopper.session, dispute.id))).toBe(403);
		expect(
			(await db.orm.select().from(disputeFiles).where(eq(disputeFiles.disputeId, dispute.id)))
				.length
		).toBe(1);
	});

	it('upheld: the decision is recorded, the evaluation is unchanged; only a coordinator decides', async () => {
		const e = await pushed();
		await released(e);
		const { dispute } = await open(e, RELEASED + DAY);
		expect(
			await statusOf(
				decideDispute(db, tm.manager.session, dispute.id, { outcome: 'upheld', reason: 'x' })
			)
		).toBe(403);
		const { dispute: decided } = await decideDispute(
			db,
			tm.coordinator.session,
			dispute.id,
			{ outcome: 'upheld', reason: '녹취 확인 결과 평가 유지' },
			RELEASED + 2 * DAY
		);
		expect(decided.decision).toMatchObject({ outcome: 'upheld', by: tm.coordinator.id });
		const row = (await db.orm.select().from(evaluations).where(eq(evaluations.id, e.id)))[0]!;
		expect(row.version).toBe(e.version);
		expect(
			await statusOf(
				decideDispute(db, tm.coordinator.session, dispute.id, { outcome: 'upheld', reason: 'y' })
			)
		).toBe(409);
	});

	it('overturned: a new released revision with the reason in its change log, re-scored, pulled as made by the team server', async () => {
		const e = await pushed();
		await released(e);
		const before = (await db.orm.select().from(evaluations).where(eq(evaluations.id, e.id)))[0]!;
		const tallyBefore = await checkCount('A1-01', 0);
		const { dispute } = await open(e, RELEASED + DAY);
		const at = RELEASED + 2 * DAY;
		const { dispute: decided } = await decideDispute(
			db,
			tm.coordinator.session,
			dispute.id,
			{ outcome: 'overturned', reason: '녹취상 인사 누락 확인', newValue: 'not-met' },
			at
		);
		expect(decided.decision).toMatchObject({
			outcome: 'overturned',
			newValue: 'not-met',
			revision: e.revision + 1
		});
		const row = (await db.orm.select().from(evaluations).where(eq(evaluations.id, e.id)))[0]!;
		const body = row.body as Evaluation;
		expect(row.version).toBe(e.version + 3);
		expect(row.seq).toBeGreaterThan(before.seq);
		expect(row.signerFingerprint).toBeNull();
		expect(row.releasedAt?.getTime()).toBe(RELEASED);
		expect(body.status).toBe('final');
		expect(body.answers['A1-01']?.value).toBe('not-met');
		const log = body.changeLog.slice(e.version);
		expect(log.map((l) => l.field)).toEqual(['reopen', 'answer', 'status']);
		expect(log.every((l) => l.by === serverActor(tm.coordinator.id) && l.at === at)).toBe(true);
		expect(log[0]?.reason).toBe('녹취상 인사 누락 확인');
		// Re-scored: the reading and the tallies follow the new answer.
		expect(row.score).toBeLessThan(before.score!);
		expect(await checkCount('A1-01', 0)).toBe(tallyBefore + 1);
		const tallies = await db.orm
			.select()
			.from(campaignTallies)
			.where(eq(campaignTallies.campaignId, tm.campaignId));
		expect(tallies.reduce((s, r) => s + Number(r.n), 0)).toBe(
			(await db.orm.select().from(evaluations).where(eq(evaluations.campaignId, tm.campaignId)))
				.length
		);
		// A 'released' step for the new version; the manager still sees it, signed by nobody's
		// device but named as the team server's for the coordinator.
		const events = await db.orm
			.select({ body: reviewEvents.body })
			.from(reviewEvents)
			.where(eq(reviewEvents.evaluationId, e.id));
		// Named after the coordinator who decided, in the row and in what every reader receives.
		expect(events.map((r) => r.body as ReviewEvent)).toContainEqual({
			action: 'released',
			version: row.version,
			at,
			by: tm.coordinator.id,
			byName: '코디네이터',
			visibleFrom: RELEASED
		});
		for (const who of [tm.coordinator, tm.shopper]) {
			const snap = await programmeSnapshot(db, who.session, tm.campaignId, at);
			const mine = snap.reviews.find((r) => r.evaluationId === e.id)?.events ?? [];
			expect(mine.at(-1)).toMatchObject({ action: 'released', byName: '코디네이터' });
			expect(mine.every((x) => x.byName)).toBe(true);
		}
		expect(decided.decision).toMatchObject({ by: tm.coordinator.id, byName: '코디네이터' });
		expect(decided.openedByName).toBe('센터 관리자');
		// The machine now reads decided; a second decision finds no open dispute.
		expect(
			await statusOf(
				decideDispute(db, tm.coordinator.session, dispute.id, { outcome: 'upheld', reason: 'x' })
			)
		).toBe(409);
		const page = await pull(db, tm.manager.session, 0, 500);
		const item = page.items.find((i) => i.evaluation.id === e.id);
		expect(item?.evaluation.version).toBe(row.version);
		expect(item?.signer).toBeUndefined();
		expect(item?.madeBy).toEqual({ memberId: tm.coordinator.id, displayName: '코디네이터' });
		// The shopper's phone gets it too.
		const mine = await pull(db, tm.shopper.session, 0, 500);
		expect(mine.items.find((i) => i.evaluation.id === e.id)?.evaluation.version).toBe(row.version);
	});

	it('acknowledge: the manager of the campaign, released only; counts per check and shopper', async () => {
		const e = await pushed();
		expect(await statusOf(acknowledge(db, tm.manager.session, e.id, e.version, RELEASED))).toBe(
			422
		);
		await released(e);
		expect(await statusOf(acknowledge(db, tm.coordinator.session, e.id, e.version, RELEASED))).toBe(
			403
		);
		const ack = await acknowledge(db, tm.manager.session, e.id, e.version, RELEASED + 5);
		expect(ack.event).toEqual({
			action: 'acknowledged',
			version: e.version,
			at: RELEASED + 5,
			by: tm.manager.id,
			byName: '센터 관리자'
		});
		expect(ack.byName).toBe('센터 관리자');
		const again = await acknowledge(db, tm.manager.session, e.id, e.version, RELEASED + 9);
		expect(again.event.at).toBe(RELEASED + 5);

		const list = await disputesFor(
			db,
			readerOf(tm.coordinator.session, ['coordinator']),
			tm.campaignId,
			RELEASED
		);
		const shopperOf = new Map(
			(await db.orm.select().from(evaluations)).map((r) => [r.id, r.shopperMemberId])
		);
		const counts = disputeCounts(list, (id) => shopperOf.get(id));
		// Opened so far in this file: A1-01 ×4 (one overturned, one upheld), A1-02 ×1.
		expect(counts.byCheck.get('A1-01')).toEqual({ disputed: 4, overturned: 1 });
		expect(counts.byCheck.get('A1-02')).toEqual({ disputed: 1, overturned: 0 });
		expect(counts.byShopper.get(tm.shopper.id)).toEqual({ disputed: 5, overturned: 1 });
	});

	it('center figures: released evaluations of the campaign beside the organisation, by month', async () => {
		const figures = await centerFiguresOf(
			db,
			tm.manager.session,
			tm.campaignId,
			RELEASED + 3 * DAY
		);
		// Released and visible: everything released at RELEASED (not the one from RELEASED + 10 d).
		const visible = (await db.orm.select().from(evaluations)).filter(
			(r) => r.releasedAt !== null && r.releasedAt.getTime() <= RELEASED + 3 * DAY
		);
		expect(figures.campaign.n).toBe(visible.length);
		expect(figures.programme.n).toBe(visible.length);
		expect(figures.basis).toBe('months');
		expect(figures.periods.length).toBeGreaterThan(0);
		expect(figures.periods.reduce((s, p) => s + p.campaign.n, 0)).toBe(visible.length);
		expect(await statusOf(centerFiguresOf(db, tm.shopper.session, tm.campaignId))).toBe(403);
	});

	async function checkCount(checkId: string, code: number): Promise<number> {
		const rows = await db.orm
			.select()
			.from(campaignCheckCounts)
			.where(eq(campaignCheckCounts.campaignId, tm.campaignId));
		return rows.find((r) => r.checkId === checkId && r.code === code)?.n ?? 0;
	}
});
