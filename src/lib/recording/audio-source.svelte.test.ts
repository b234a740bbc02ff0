import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProgrammeSnapshot } from '$lib/domain/programme/records';
import { deleteEvaluation as tombstoneOf } from '$lib/domain/editing';
import { saveEvaluation } from '$lib/storage/evaluations';
import { storePulledPage } from '$lib/storage/pulled';
import {
	copyKey,
	copyRow,
	deleteAudio,
	getCopy,
	listAudio,
	originalKey,
	originalRow,
	writeAudio
} from '$lib/storage/recordings';
import { setRelease } from '$lib/storage/releases';
import { buildCampaign, buildEvaluation, T0 } from '$lib/testing/builders';
import type { FakeTeamServer } from '$lib/testing/fake-team-server';
import { linkedToFakeServer, unlinkPhone } from '$lib/testing/linked-phone';
import { testUuid } from '$lib/testing/prng';
import { withRecording, type Recorded } from '$lib/testing/recordings';
import { audioFor, type AudioSource } from './audio-source';
import { deleteExpiredAudio, retentionDaysIn } from './audio-retention';

const DAY = 86_400_000;
/** The browser's own fetch (the app's is the fake server's): it reads the object URLs. */
const browserFetch = globalThis.fetch.bind(globalThis);
const campaign = buildCampaign({ id: testUuid(6, 0xca) });
const ID = testUuid(61);

let server: FakeTeamServer;
let held: Recorded;

async function stored(id = ID): Promise<Recorded> {
	const r = await withRecording(buildEvaluation({ id, campaignId: campaign.id, status: 'draft' }));
	await saveEvaluation(r.evaluation, campaign, T0);
	await writeAudio([
		originalRow(id, r.recording.id, r.original, T0),
		copyRow(id, r.copy.copyId, new Blob([r.copy.bytes], { type: 'audio/wav' }), T0)
	]);
	return r;
}

/** The kind of a playable source (its URL plays the bytes), or the reason there is none. */
async function heard(source: AudioSource): Promise<string> {
	if (!source.ok) return source.reason;
	const bytes = new Uint8Array(await (await browserFetch(source.url)).arrayBuffer());
	source.release();
	expect(bytes.length).toBeGreaterThan(44);
	return source.kind;
}

beforeEach(async () => {
	server = await linkedToFakeServer(campaign);
	held = await stored();
});
afterEach(unlinkPhone);

describe('where a recording plays from', () => {
	it('the original first, then the stored copy, then the copy from the team server, kept', async () => {
		const { recording, copy, hex } = held;
		expect(await kindOf(ID, recording.id)).toBe('original');
		await deleteAudio([originalKey(ID, recording.id)]);
		expect(await kindOf(ID, recording.id)).toBe('copy');
		expect(server.requests().filter((r) => r.startsWith('GET /blobs'))).toEqual([]);

		await deleteAudio([copyKey(ID, recording.copyId)]);
		server.blobs.set(hex, copy.bytes);
		expect(await kindOf(ID, recording.id)).toBe('copy');
		expect(server.requests().filter((r) => r.startsWith('GET /blobs'))).toEqual([
			`GET /blobs/${hex}`
		]);
		// Kept: it plays offline next time.
		expect(await getCopy(ID, recording.copyId)).toBeDefined();
		server.offline = true;
		expect(await kindOf(ID, recording.id)).toBe('copy');
	});

	it('says offline, not allowed or missing when the team server cannot give the copy', async () => {
		const { recording, hex } = held;
		await deleteAudio([originalKey(ID, recording.id), copyKey(ID, recording.copyId)]);
		expect(await kindOf(ID, recording.id)).toBe('missing'); // not uploaded yet
		server.offline = true;
		expect(await kindOf(ID, recording.id)).toBe('offline');
		server.offline = false;
		server.refuseBlobs = true;
		expect(await kindOf(ID, recording.id)).toBe('not-allowed');
		server.refuseBlobs = false;
		// Bytes that are not the copy named are never played nor kept.
		server.blobs.set(hex, new Uint8Array([1, 2, 3]));
		expect(await kindOf(ID, recording.id)).toBe('missing');
		expect(await listAudio(ID)).toEqual([]);
		expect(await kindOf(ID, 'no-such-recording')).toBe('missing');
	});

	it('after the retention period nothing plays and the audio here is deleted', async () => {
		const { recording } = held;
		await setRelease(ID, Date.now() - 89 * DAY);
		expect(await kindOf(ID, recording.id)).toBe('original');
		await setRelease(ID, Date.now() - 91 * DAY);
		expect(await kindOf(ID, recording.id)).toBe('expired');
		expect(await listAudio(ID)).toEqual([]);
	});
});

describe('retention on the phone', () => {
	it('deletes the audio of evaluations past retention or deleted, and keeps the rest', async () => {
		const now = T0 + 400 * DAY;
		const released = await stored(testUuid(62));
		const recent = await stored(testUuid(63));
		const deleted = await stored(testUuid(64));
		await setRelease(released.evaluation.id, now - 90 * DAY);
		await setRelease(recent.evaluation.id, now - 89 * DAY);
		await storePulledPage(
			[tombstoneOf(deleted.evaluation, { at: T0 + 9, by: 'd-other' })],
			[],
			T0 + 9
		);
		// The tombstone took its audio already; the rule finds nothing more of it.
		await writeAudio([originalRow(testUuid(64), 'r', new Blob(['x']), T0)]);

		const gone = await deleteExpiredAudio(now);
		expect(gone.sort()).toEqual([testUuid(62), testUuid(64)].sort());
		expect(await listAudio(testUuid(62))).toEqual([]);
		expect(await listAudio(testUuid(64))).toEqual([]);
		expect(await listAudio(testUuid(63))).toHaveLength(2);
		expect(await listAudio(ID)).toHaveLength(2); // never released
		// The records stay, with the copy's hash.
		expect(released.evaluation.recordings?.[0]?.copyId).toMatch(/^sha256-/);
	});

	it('reads the campaign’s retention period from its programme, 90 days when not set', () => {
		const snapshot = { campaignId: campaign.id } as ProgrammeSnapshot;
		expect(retentionDaysIn(undefined)).toBe(90);
		expect(retentionDaysIn(snapshot)).toBe(90);
		expect(retentionDaysIn({ ...snapshot, recordingRetentionDays: 30 } as ProgrammeSnapshot)).toBe(
			30
		);
	});
});

/** What audioFor answers for a recording, as a word. */
async function kindOf(evaluationId: string, recordingId: string): Promise<string> {
	return heard(await audioFor(evaluationId, recordingId));
}
