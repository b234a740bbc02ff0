import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildCampaign, buildEvaluation, T0 } from '$lib/testing/builders';
import type { FakeTeamServer } from '$lib/testing/fake-team-server';
import { linkedToFakeServer, madeHere, shopperLink, unlinkPhone } from '$lib/testing/linked-phone';
import { testUuid } from '$lib/testing/prng';
import { withRecording } from '$lib/testing/recordings';
import { getDeviceId } from '$lib/storage/device';
import { getEvaluation, saveEvaluation } from '$lib/storage/evaluations';
import { copyRow, getCopy, listAudio, originalRow, writeAudio } from '$lib/storage/recordings';
import { getSyncState } from '$lib/storage/sync-state';
import { saveTeamLink } from '$lib/storage/team';
import { runSync } from './engine';
import { BLOB_CHUNK } from './photos';

const DAY = 86_400_000;
const campaign = buildCampaign({ id: testUuid(7, 0xca) });
const at = (n: number) => () => T0 + n;

let server: FakeTeamServer;

beforeEach(async () => {
	server = await linkedToFakeServer(campaign);
});
afterEach(unlinkPhone);

describe('recordings in sync', () => {
	it('push uploads the shared copy the server asks for, in pieces; never the original', async () => {
		const me = await getDeviceId();
		// 20 s of copy is ~320 KB: more than one piece.
		const r = await withRecording(
			await madeHere(
				buildEvaluation({ id: testUuid(71), campaignId: campaign.id, status: 'draft' })
			),
			20_000,
			me
		);
		expect(r.copy.bytes.length).toBeGreaterThan(BLOB_CHUNK);
		await saveEvaluation(r.evaluation, campaign, T0);
		await writeAudio([
			originalRow(r.evaluation.id, r.recording.id, r.original, T0),
			copyRow(r.evaluation.id, r.copy.copyId, new Blob([r.copy.bytes]), T0)
		]);

		expect(await runSync({ now: at(1) })).toMatchObject({ status: 'ok', pushed: 1 });
		const puts = server.requests().filter((x) => x.startsWith('PUT /blobs/'));
		expect(puts).toEqual([`PUT /blobs/${r.hex}`, `PUT /blobs/${r.hex}`]);
		expect([...server.blobs.keys()]).toEqual([r.hex]);
		expect(server.blobs.get(r.hex)).toEqual(r.copy.bytes);
		expect((await getSyncState()).pendingBlobs).toEqual([]);
		// The shopper's own phone keeps both.
		expect(await listAudio(r.evaluation.id)).toHaveLength(2);
	});

	it('an upload cut off goes on from the server’s offset in the next run', async () => {
		const me = await getDeviceId();
		const r = await withRecording(
			await madeHere(
				buildEvaluation({ id: testUuid(72), campaignId: campaign.id, status: 'draft' })
			),
			20_000,
			me
		);
		await saveEvaluation(r.evaluation, campaign, T0);
		await writeAudio([copyRow(r.evaluation.id, r.copy.copyId, new Blob([r.copy.bytes]), T0)]);
		// The first piece arrives, then the network goes before the second.
		const fetchOf = server.fetch;
		let pieces = 0;
		const cut = async (input: RequestInfo | URL, init?: RequestInit) => {
			if (init?.method === 'PUT' && ++pieces === 2) server.offline = true;
			return fetchOf(input, init);
		};
		vi.stubGlobal('fetch', cut);
		expect(await runSync({ now: at(1) })).toMatchObject({ status: 'failed' });
		expect(server.blobs.get(r.hex)?.length).toBe(BLOB_CHUNK);
		expect((await getSyncState()).pendingBlobs).toEqual([
			{ evaluationId: r.evaluation.id, photoId: r.copy.copyId }
		]);
		server.offline = false;
		expect(await runSync({ now: at(2), force: true })).toMatchObject({ status: 'ok' });
		expect(server.blobs.get(r.hex)).toEqual(r.copy.bytes);
		expect((await getSyncState()).pendingBlobs).toEqual([]);
	});

	it('a coordinator’s phone fetches the copies of evaluations waiting for review, not others', async () => {
		await saveTeamLink({
			...shopperLink(campaign.id),
			memberships: [{ campaignId: campaign.id, role: 'coordinator' }]
		});
		const waiting = await withRecording(
			buildEvaluation({ id: testUuid(73), campaignId: campaign.id, status: 'final' }),
			1000,
			'd-shopper'
		);
		const draft = await withRecording(
			buildEvaluation({ id: testUuid(74), campaignId: campaign.id, status: 'draft' }),
			1200,
			'd-shopper'
		);
		for (const r of [waiting, draft]) {
			server.hold(r.evaluation);
			server.blobs.set(r.hex, r.copy.bytes);
		}
		expect(await runSync({ now: at(1) })).toMatchObject({ status: 'ok', pulled: 2 });
		expect(await getCopy(waiting.evaluation.id, waiting.copy.copyId)).toBeDefined();
		expect(await listAudio(draft.evaluation.id)).toEqual([]);
		expect(server.requests().filter((x) => x.startsWith('GET /blobs/'))).toEqual([
			`GET /blobs/${waiting.hex}`
		]);
	});

	it('after a pull, the audio of an evaluation past its retention is deleted; the record stays', async () => {
		const r = await withRecording(
			buildEvaluation({ id: testUuid(75), campaignId: campaign.id, status: 'final' }),
			1000,
			'd-shopper'
		);
		server.hold(r.evaluation);
		server.released.set(r.evaluation.id, T0 - 91 * DAY);
		await writeAudio([copyRow(r.evaluation.id, r.copy.copyId, new Blob([r.copy.bytes]), T0)]);
		expect(await runSync({ now: at(1) })).toMatchObject({ status: 'ok' });
		expect(await listAudio(r.evaluation.id)).toEqual([]);
		expect((await getEvaluation(r.evaluation.id))?.recordings?.[0]?.copyId).toBe(r.copy.copyId);
	});
});
