import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { CampaignSettingsRequest } from '$lib/domain/programme/center';
import { Dispute } from '$lib/domain/programme/review';
import type { Evaluation } from '$lib/domain/record';
import { LIMITS } from '$lib/domain/record/common';
import { sliceWav } from '$lib/domain/recording/copy';
import { T0 } from '$lib/testing/builders';
import type { Db } from '../db';
import { disputes, evaluations } from '../db/schema';
import { testDatabaseKinds } from '../../testing/server-db';
import { evaluationOf, pushAs, type Team, withTeamDb } from '../../testing/server-team';
import { toneCopy, uploadInParts, withRecording } from '../../testing/server-recordings';
import { expireAudio } from '../records/housekeeping';
import { disputeClip, shareClip } from './clips';
import { openDispute } from './disputes';
import { setCampaignSettings } from './settings';

const DAY = 86_400_000;
const RELEASED = T0 + DAY;

describe.each(testDatabaseKinds())('the audio of a dispute (%s)', (kind) => {
	let db: Db;
	let tm: Team;
	withTeamDb(kind, (ready) => ({ db, tm } = ready));

	/** A released evaluation (with a 20 s recording whose copy arrived, unless `bare`). */
	async function released(bare = false) {
		const copy = await toneCopy(20_000, 300 + Math.floor(Math.random() * 1000));
		const plain = evaluationOf(tm.campaignId, { values: { 'A1-01': 'met' } });
		const e = bare ? plain : withRecording(plain, copy, tm.shopper.deviceId);
		expect((await pushAs(db, tm.shopper, [e], T0)).results[0]?.status).toBe(201);
		if (!bare) await uploadInParts(db, tm.shopper.session, copy.sha256, copy.bytes);
		await db.orm
			.update(evaluations)
			.set({ releasedAt: new Date(RELEASED), releasedBy: tm.coordinator.id })
			.where(eq(evaluations.id, e.id));
		return { e, copy };
	}
	const open = (e: Evaluation, range?: { startMs: number; endMs: number }) =>
		openDispute(
			db,
			tm.manager.session,
			e.id,
			{ version: e.version, checkId: 'A1-01', reason: '인사말은 있었습니다', range },
			RELEASED + DAY
		);
	const storedDispute = async (id: string) =>
		Dispute.parse((await db.orm.select().from(disputes).where(eq(disputes.id, id)))[0]!.body);

	it('keeps the disputed stretch when it lies within the recording, and refuses it otherwise (422)', async () => {
		const { e } = await released();
		await expect(open(e, { startMs: 19_000, endMs: 21_000 })).rejects.toMatchObject({
			status: 422
		});
		const { dispute } = await open(e, { startMs: 4_000, endMs: 9_500 });
		expect((await storedDispute(dispute.id)).range).toEqual({ startMs: 4_000, endMs: 9_500 });
		const { e: bare } = await released(true);
		await expect(open(bare, { startMs: 0, endMs: 1_000 })).rejects.toMatchObject({ status: 422 });
		expect(
			(await db.orm.select().from(disputes).where(eq(disputes.evaluationId, bare.id))).length
		).toBe(0);
	});

	it('lets a coordinator share a stretch (201) that the manager hears cut from the copy; others get 403', async () => {
		const { e, copy } = await released();
		const { dispute } = await open(e);
		const recordingId = e.recordings![0]!.id;
		const clip = { recordingId, startMs: 2_000, endMs: 6_500 };
		for (const who of [tm.manager, tm.shopper]) {
			await expect(shareClip(db, who.session, dispute.id, clip)).rejects.toMatchObject({
				status: 403
			});
		}
		expect((await storedDispute(dispute.id)).clips).toBeUndefined();
		for (const wrong of [
			{ ...clip, endMs: 20_001 },
			{ ...clip, recordingId: crypto.randomUUID() }
		]) {
			await expect(shareClip(db, tm.coordinator.session, dispute.id, wrong)).rejects.toMatchObject({
				status: 422
			});
		}
		const shared = await shareClip(
			db,
			tm.coordinator.session,
			dispute.id,
			clip,
			RELEASED + 2 * DAY
		);
		expect(shared.dispute.clips).toEqual([
			{
				n: 1,
				...clip,
				sharedBy: tm.coordinator.id,
				sharedByName: '코디네이터',
				sharedAt: RELEASED + 2 * DAY
			}
		]);
		expect((await storedDispute(dispute.id)).clips).toEqual(shared.dispute.clips);

		const heard = await disputeClip(db, tm.manager.session, dispute.id, 1);
		const expected = sliceWav(copy.bytes, { startMs: 2_000, endMs: 6_500 })!;
		expect(heard.length).toBe(44 + 4_500 * 16);
		expect(Buffer.from(heard).equals(Buffer.from(expected))).toBe(true);
		await expect(disputeClip(db, tm.manager.session, dispute.id, 2)).rejects.toMatchObject({
			status: 404
		});
		await expect(disputeClip(db, tm.other.session, dispute.id, 1)).rejects.toMatchObject({
			status: 403
		});
	});

	it(`stops at ${LIMITS.clipsPerDispute} clips, and answers 410 once the audio’s retention passed`, async () => {
		const { e } = await released();
		const { dispute } = await open(e);
		const recordingId = e.recordings![0]!.id;
		for (let i = 0; i < LIMITS.clipsPerDispute; i++) {
			await shareClip(db, tm.coordinator.session, dispute.id, {
				recordingId,
				startMs: i * 500,
				endMs: i * 500 + 400
			});
		}
		await expect(
			shareClip(db, tm.coordinator.session, dispute.id, { recordingId, startMs: 0, endMs: 100 })
		).rejects.toMatchObject({ status: 422, code: 'too-many-clips' });
		const clips = (await storedDispute(dispute.id)).clips!;
		expect(clips.map((c) => c.n)).toEqual(
			Array.from({ length: LIMITS.clipsPerDispute }, (_, i) => i + 1)
		);
		await setCampaignSettings(db, tm.coordinator.session, tm.campaignId, {
			recordingRetentionDays: 7
		});
		await expireAudio(db, RELEASED + 7 * DAY);
		await expect(disputeClip(db, tm.manager.session, dispute.id, 3)).rejects.toMatchObject({
			status: 410
		});
		expect((await storedDispute(dispute.id)).clips).toEqual(clips);
	});

	it('changes the retention only within its bounds, and only for a coordinator', async () => {
		const parse = (input: unknown) => CampaignSettingsRequest.safeParse(input).success;
		expect(parse({ recordingRetentionDays: 0 })).toBe(false);
		expect(parse({ recordingRetentionDays: 3651 })).toBe(false);
		expect(parse({ recordingRetentionDays: 1.5 })).toBe(false);
		expect(parse({})).toBe(false);
		expect(parse({ recordingRetentionDays: 365 })).toBe(true);
		expect(parse({ disputeDays: 14 })).toBe(true);
		await expect(
			setCampaignSettings(db, tm.manager.session, tm.campaignId, { recordingRetentionDays: 365 })
		).rejects.toMatchObject({ status: 403 });
	});
});
