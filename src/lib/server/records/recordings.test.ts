import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { setNote, removeRecording, setRecordingMutes } from '$lib/domain/editing';
import { unbindMoment } from '$lib/domain/editing/recordings';
import type { Evaluation } from '$lib/domain/record';
import { DEFAULT_RECORDING_RETENTION_DAYS } from '$lib/domain/recording/retention';
import { ctxAt, T0 } from '$lib/testing/builders';
import type { Db } from '../db';
import { blobs, evaluations } from '../db/schema';
import { testDatabaseKinds } from '../../testing/server-db';
import { evaluationOf, pushAs, type Team, withTeamDb } from '../../testing/server-team';
import {
	toneCopy,
	uploadInParts,
	withRecording,
	type TestCopy
} from '../../testing/server-recordings';
import { setCampaignSettings } from '../programme/settings';
import { programmeSnapshot } from '../programme/snapshot';
import { blobState, parseContentRange, putBlob } from './blobs';
import { readBlob } from './blob-read';
import { expireAudio, sweepUnnamedCopies } from './housekeeping';

const DAY = 86_400_000;
const RELEASED = T0 + DAY;

describe.each(testDatabaseKinds())('call recordings on the server (%s)', (kind) => {
	let db: Db;
	let tm: Team;
	withTeamDb(kind, (ready) => ({ db, tm } = ready));

	/** An evaluation with a recording of `copy`, pushed by the shopper. */
	async function pushedWith(copy: TestCopy): Promise<Evaluation> {
		const e = withRecording(
			evaluationOf(tm.campaignId, { values: { 'A1-01': 'met' } }),
			copy,
			tm.shopper.deviceId
		);
		const [result] = (await pushAs(db, tm.shopper, [e], T0)).results;
		expect(result).toMatchObject({ status: 201, missingBlobs: [copy.copyId] });
		return e;
	}
	const release = (e: Evaluation, at = RELEASED) =>
		db.orm
			.update(evaluations)
			.set({ releasedAt: new Date(at), releasedBy: tm.coordinator.id })
			.where(eq(evaluations.id, e.id));
	const stored = async (id: string) =>
		(await db.orm.select().from(evaluations).where(eq(evaluations.id, id)))[0]!;

	it('takes a copy over a photo’s limit in 256 KB parts once a record names it, and serves ranges of it', async () => {
		// 11 minutes at 8 kHz: 10.56 MB, over the 10 MB a photo may have.
		const copy = await toneCopy(11 * 60_000);
		const total = copy.bytes.length;
		const first = () =>
			putBlob(
				db,
				tm.shopper.session,
				copy.sha256,
				parseContentRange(`bytes 0-999/${total}`, 1000),
				copy.bytes.subarray(0, 1000)
			);
		// Named by no record yet: a photo's limit holds (413), nothing is kept.
		await expect(first()).rejects.toMatchObject({ status: 413 });
		expect(await blobState(db, tm.shopper.session, copy.sha256)).toEqual({
			stored: false,
			offset: 0
		});
		const e = await pushedWith(copy);
		expect(await uploadInParts(db, tm.shopper.session, copy.sha256, copy.bytes)).toEqual({
			status: 201,
			offset: total
		});
		expect((await stored(e.id)).missingBlobs).toEqual([]);

		const whole = await readBlob(db, tm.coordinator.session, copy.sha256, null);
		expect(whole).toMatchObject({ type: 'audio/wav', size: total, range: null });
		expect(Buffer.from(whole.bytes).equals(Buffer.from(copy.bytes))).toBe(true);
		const part = await readBlob(db, tm.coordinator.session, copy.sha256, 'bytes=1000000-1000099');
		expect(part.range).toEqual({ start: 1_000_000, end: 1_000_099 });
		expect(Array.from(part.bytes)).toEqual(Array.from(copy.bytes.subarray(1_000_000, 1_000_100)));
		const tail = await readBlob(db, tm.shopper.session, copy.sha256, 'bytes=-10');
		expect(tail.range).toEqual({ start: total - 10, end: total - 1 });
		expect(Array.from(tail.bytes)).toEqual(Array.from(copy.bytes.subarray(total - 10)));
		const open = await readBlob(db, tm.shopper.session, copy.sha256, `bytes=${total - 4}-`);
		expect(open.bytes.length).toBe(4);
		for (const bad of [`bytes=${total}-`, 'bytes=20-10', 'bytes=abc', 'bytes=0-1,5-9']) {
			await expect(readBlob(db, tm.coordinator.session, copy.sha256, bad)).rejects.toMatchObject({
				status: 416,
				headers: { 'content-range': `bytes */${total}` }
			});
		}
		// A center manager reads the released record, never its audio.
		await release(e);
		await expect(readBlob(db, tm.manager.session, copy.sha256, null)).rejects.toMatchObject({
			status: 403
		});
		await expect(readBlob(db, tm.other.session, copy.sha256, null)).rejects.toMatchObject({
			status: 403
		});
	});

	it('refuses a version that drops a recording or a moment without the entry that removes it', async () => {
		const copy = await toneCopy(5_000, 500);
		const e = await pushedWith(copy);
		const at = ctxAt(T0 + 10_000, tm.shopper.deviceId);
		const next = setNote(e, 'A1-01', '녹음 확인', at);
		const push = async (record: Evaluation) =>
			(await pushAs(db, tm.shopper, [record], T0 + 10_000)).results[0]!;
		const withoutRecording = { ...next, recordings: [], moments: [] };
		const refused = await push(withoutRecording);
		expect(refused.status).toBe(422);
		expect(refused.message).toContain(e.recordings![0]!.id);
		const withoutMoment = { ...next, moments: [] };
		expect(await push(withoutMoment)).toMatchObject({ status: 422 });
		expect((await stored(e.id)).version).toBe(e.version);
		// The logged steps are taken: a moment unbound, then the recording removed.
		const unbound = unbindMoment(e, e.moments![0]!.id, at);
		expect(await push(unbound)).toMatchObject({ status: 201 });
		const removed = removeRecording(unbound, e.recordings![0]!.id, at);
		expect(await push(removed)).toMatchObject({ status: 201 });
		expect((await stored(e.id)).body).toEqual(removed);
	});

	it('deletes the audio once the retention period after release passed, keeps the record and answers 410', async () => {
		expect(
			await setCampaignSettings(db, tm.coordinator.session, tm.campaignId, {
				recordingRetentionDays: 30
			})
		).toEqual({ disputeDays: 14, recordingRetentionDays: 30 });
		const snap = await programmeSnapshot(db, tm.shopper.session, tm.campaignId);
		expect(snap.recordingRetentionDays).toBe(30);
		const copy = await toneCopy(4_000, 600);
		const e = await pushedWith(copy);
		await uploadInParts(db, tm.shopper.session, copy.sha256, copy.bytes, 4096);
		// Unreleased audio is kept however old; released, until 30 days after.
		const held = async () =>
			(await db.orm.select().from(blobs).where(eq(blobs.sha256, copy.sha256))).length === 1;
		const releasedAt = RELEASED + 1_000 * DAY;
		await expireAudio(db, releasedAt + 400 * DAY);
		expect(await held()).toBe(true);
		await release(e, releasedAt);
		await expireAudio(db, releasedAt + 30 * DAY - 1);
		expect(await held()).toBe(true);
		expect((await readBlob(db, tm.coordinator.session, copy.sha256)).size).toBe(copy.bytes.length);
		expect(await expireAudio(db, releasedAt + 30 * DAY)).toBe(1);
		expect(await held()).toBe(false);
		expect(await expireAudio(db, releasedAt + 31 * DAY)).toBe(0);
		await expect(readBlob(db, tm.coordinator.session, copy.sha256)).rejects.toMatchObject({
			status: 410,
			code: 'audio-expired'
		});
		// Never taken again, and a later version naming it does not wait for it.
		await expect(
			uploadInParts(db, tm.shopper.session, copy.sha256, copy.bytes, 4096)
		).rejects.toMatchObject({ status: 410 });
		const later = setNote(e, 'A1-01', '보존 기간 후', ctxAt(T0 + 50 * DAY, tm.shopper.deviceId));
		expect((await pushAs(db, tm.shopper, [later], T0 + 50 * DAY)).results[0]).toMatchObject({
			status: 201,
			missingBlobs: []
		});
		// The record keeps its recording (hash, mutes) and moments.
		const body = (await stored(e.id)).body as Evaluation;
		expect(body.recordings).toEqual(e.recordings);
		expect(body.moments).toEqual(e.moments);
	});

	it('deletes a copy once no record names it (the muted stretches changed), keeping the current one', async () => {
		// Each setting changes alone; the other stays.
		await setCampaignSettings(db, tm.coordinator.session, tm.campaignId, {
			recordingRetentionDays: DEFAULT_RECORDING_RETENTION_DAYS + 5
		});
		expect(
			await setCampaignSettings(db, tm.coordinator.session, tm.campaignId, { disputeDays: 20 })
		).toEqual({ disputeDays: 20, recordingRetentionDays: DEFAULT_RECORDING_RETENTION_DAYS + 5 });
		const first = await toneCopy(3_000, 700);
		const e = await pushedWith(first);
		await uploadInParts(db, tm.shopper.session, first.sha256, first.bytes);
		expect(await sweepUnnamedCopies(db)).toBe(0);
		const muted = await toneCopy(3_000, 710);
		const next = setRecordingMutes(
			e,
			e.recordings![0]!.id,
			[{ startMs: 500, endMs: 900 }],
			muted.copyId,
			ctxAt(T0 + 5_000, tm.shopper.deviceId)
		);
		expect((await pushAs(db, tm.shopper, [next], T0 + 5_000)).results[0]).toMatchObject({
			status: 201,
			missingBlobs: [muted.copyId]
		});
		await uploadInParts(db, tm.shopper.session, muted.sha256, muted.bytes);
		expect(await sweepUnnamedCopies(db)).toBe(1);
		const left = await db.orm.select({ sha256: blobs.sha256 }).from(blobs);
		expect(left.map((b) => b.sha256)).toContain(muted.sha256);
		expect(left.map((b) => b.sha256)).not.toContain(first.sha256);
		expect(await sweepUnnamedCopies(db)).toBe(0);
	});
});
