import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { answer, deleteEvaluation as tombstoneOf, linkEvidence } from '$lib/domain/editing';
import { PUSH_BATCH } from '$lib/domain/sync/protocol';
import { buildCampaign, buildEvaluation, T0 } from '$lib/testing/builders';
import { FakeTeamServer } from '$lib/testing/fake-team-server';
import { testUuid } from '$lib/testing/prng';
import { linkedToFakeServer, madeHere, shopperLink, unlinkPhone } from '$lib/testing/linked-phone';
import { putCampaign } from '$lib/storage/campaigns';
import { countOpenConflicts, listOpenConflicts, resolveConflict } from '$lib/storage/conflicts';
import { getDb } from '$lib/storage/db';
import { getDeviceId } from '$lib/storage/device';
import { deleteEvaluation } from '$lib/storage/evaluation-removal';
import { getEvaluation, saveEvaluation } from '$lib/storage/evaluations';
import { countOutbox, getOutboxRow, listOutbox } from '$lib/storage/outbox';
import { savePhoto } from '$lib/storage/photos';
import { getSyncState, getTrustRegistry } from '$lib/storage/sync-state';
import { listSummaries } from '$lib/storage/summaries';
import { saveTeamLink } from '$lib/storage/team';
import { NOT_SHOPPER, runSync } from './engine';
import { BLOB_CHUNK } from './photos';

const campaign = buildCampaign({ id: testUuid(1, 0xca) });
const other = buildCampaign({
	id: testUuid(2, 0xca),
	center: { ...campaign.center, name: '다른 센터' }
});
const link = shopperLink(campaign.id);
const at = (n: number) => () => T0 + n;

let server: FakeTeamServer;
let me: string;

/** A draft made on this device. */
async function draft(n: number, campaignId = campaign.id) {
	return madeHere(
		buildEvaluation({ id: testUuid(n), campaignId, status: 'draft', values: { 'A1-01': 'met' } })
	);
}

beforeEach(async () => {
	server = await linkedToFakeServer(campaign);
	me = await getDeviceId();
	await putCampaign(other, T0);
});
afterEach(unlinkPhone);

describe('the outbox', () => {
	it('is written with every save, in its transaction: a save that aborts leaves no row', async () => {
		const e = await draft(1);
		await saveEvaluation(e, campaign, T0);
		expect(await getOutboxRow(e.id)).toMatchObject({ version: e.version, campaignId: campaign.id });
		// Empty the outbox, then try a write that does not continue the stored history.
		const db = await getDb();
		await db.clear('outbox');
		const diverged = answer(
			buildEvaluation({ id: e.id, campaignId: campaign.id, status: 'draft' }),
			'A1-02',
			'met',
			{ at: T0 + 5, by: 'd-elsewhere' }
		);
		await expect(saveEvaluation(diverged, campaign, T0)).rejects.toMatchObject({
			kind: 'conflict'
		});
		expect(await countOutbox()).toBe(0);
		// A deletion queues its tombstone.
		await deleteEvaluation(e.id, { at: T0 + 9, by: me });
		expect(await getOutboxRow(e.id)).toMatchObject({ version: e.version + 1 });
	});
});

describe('pushing', () => {
	it('registers the device key once and pushes in signed batches; pushed rows leave the outbox', async () => {
		const n = PUSH_BATCH + 3;
		for (let i = 1; i <= n; i++) await saveEvaluation(await draft(i), campaign, T0);
		expect(await runSync({ now: at(1) })).toMatchObject({ status: 'ok', pushed: n });
		const pushes = server.log.filter((r) => r.path === '/push');
		expect(pushes.map((r) => (r.body as { records: unknown[] }).records.length)).toEqual([
			PUSH_BATCH,
			3
		]);
		expect(server.records.size).toBe(n);
		expect(await countOutbox()).toBe(0);
		expect(server.keys).toHaveLength(1);
		expect((await getTrustRegistry())?.keys.map((k) => k.fingerprint)).toEqual([
			server.keys[0]!.fingerprint
		]);
		await saveEvaluation(
			answer(await draft(1), 'A1-02', 'met', { at: T0 + 3, by: me }),
			campaign,
			T0
		);
		await runSync({ now: at(2) });
		expect(server.requests().filter((r) => r === 'POST /device-keys')).toHaveLength(1);
		expect(server.records.get(testUuid(1))?.evaluation.version).toBe(3);
	});

	it('keeps records of campaigns the member is no shopper of, with the reason', async () => {
		await saveEvaluation(await draft(1, other.id), other, T0);
		await runSync({ now: at(1) });
		expect(server.records.size).toBe(0);
		expect(await getOutboxRow(testUuid(1))).toMatchObject({ lastError: NOT_SHOPPER });
	});

	it('retries after a lost answer and the server takes the same version once', async () => {
		await saveEvaluation(await draft(1), campaign, T0);
		server.loseAnswerOf = 'POST /push';
		expect(await runSync({ now: at(1) })).toMatchObject({
			status: 'failed',
			failure: { kind: 'offline' }
		});
		expect(server.records.size).toBe(1); // the server did the work
		expect(await countOutbox()).toBe(1); // the phone never heard
		expect(await runSync({ now: at(2), force: true })).toMatchObject({ status: 'ok' });
		expect(await countOutbox()).toBe(0);
		expect(server.records.get(testUuid(1))?.seq).toBe(1);
	});

	it('a 409 keeps the server copy as a conflict; resolving it pushes a version the server accepts', async () => {
		const mine = await draft(1);
		const theirs = answer(mine, 'A1-02', 'not-met', { at: T0 + 2, by: 'd-coord' });
		server.hold(theirs);
		const local = answer(mine, 'A1-03', 'met', { at: T0 + 3, by: me });
		await saveEvaluation(local, campaign, T0);
		expect(await runSync({ now: at(4) })).toMatchObject({ status: 'ok', conflicts: 1 });
		expect(await countOpenConflicts()).toBe(1);
		const [conflict] = await listOpenConflicts();
		expect(conflict).toMatchObject({ source: 'server', incoming: { version: theirs.version } });
		expect(await getOutboxRow(mine.id)).toMatchObject({ refused: true });
		// A second run neither pushes the refused version again nor keeps the conflict twice.
		await runSync({ now: at(5), force: true });
		expect(server.log.filter((r) => r.path === '/push')).toHaveLength(1);
		expect(await countOpenConflicts()).toBe(1);

		await resolveConflict(conflict!.key, 'kept-mine', { at: T0 + 6, by: me }, '확인함');
		expect(await countOpenConflicts()).toBe(0);
		expect(await runSync({ now: at(7) })).toMatchObject({ status: 'ok', pushed: 1 });
		const held = server.records.get(mine.id)!.evaluation;
		expect(held.answers['A1-02']?.value).toBe('not-met');
		expect(held.answers['A1-03']?.value).toBe('met');
		expect(await countOutbox()).toBe(0);
	});

	it('a deletion here that the server refused (409) stays deleted when the person keeps their deletion', async () => {
		const mine = await draft(1);
		server.hold(answer(mine, 'A1-02', 'not-met', { at: T0 + 2, by: 'd-coord' }));
		await saveEvaluation(mine, campaign, T0);
		await deleteEvaluation(mine.id, { at: T0 + 3, by: me });
		await runSync({ now: at(4) });
		const [conflict] = await listOpenConflicts();
		expect(conflict?.source).toBe('server');
		await resolveConflict(conflict!.key, 'kept-mine', { at: T0 + 5, by: me }, '삭제 유지');
		expect(await runSync({ now: at(6) })).toMatchObject({ status: 'ok', pushed: 1 });
		expect(server.records.get(mine.id)?.evaluation.deleted).toEqual({ at: T0 + 5, by: me });
		expect(await countOutbox()).toBe(0);
	});

	it('uploads missing photos in chunks and resumes from the server’s offset after a lost chunk', async () => {
		const bytes = new Uint8Array(BLOB_CHUNK * 2 + 1000).map((_, i) => i % 251);
		const hex = 'ab'.repeat(32);
		const photoId = `sha256-${hex}`;
		const e = linkEvidence(await draft(1), 'A1-01', photoId, { at: T0 + 1, by: me });
		await savePhoto({
			id: photoId,
			evaluationId: e.id,
			blob: new Blob([bytes], { type: 'image/jpeg' }),
			mimeType: 'image/jpeg',
			width: 10,
			height: 10,
			createdAt: T0
		});
		await saveEvaluation(e, campaign, T0);
		// The second chunk reaches the server but its answer is lost.
		let puts = 0;
		const fetch = server.fetch;
		vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
			if (init?.method === 'PUT' && ++puts === 2) server.loseAnswerOf = 'PUT /blobs';
			return fetch(input, init);
		});
		expect(await runSync({ now: at(2) })).toMatchObject({ status: 'ok' });
		const blobRequests = server.log
			.filter((r) => r.path.startsWith('/blobs/'))
			.map((r) => `${r.method} ${r.headers['content-range'] ?? ''}`.trim());
		const size = bytes.length;
		expect(blobRequests).toEqual([
			'HEAD',
			`PUT bytes 0-${BLOB_CHUNK - 1}/${size}`,
			`PUT bytes ${BLOB_CHUNK}-${2 * BLOB_CHUNK - 1}/${size}`,
			'HEAD',
			`PUT bytes ${2 * BLOB_CHUNK}-${size - 1}/${size}`
		]);
		expect(server.blobs.get(hex)).toEqual(bytes);
		expect((await getSyncState()).pendingBlobs).toEqual([]);
	});
});

describe('pulling', () => {
	it('a page lost while the one before it is stored: that one and its cursor stay, the next run goes on from it', async () => {
		server.pageSize = 2;
		for (let i = 1; i <= 5; i++) {
			server.hold(buildEvaluation({ id: testUuid(i), campaignId: campaign.id, status: 'draft' }));
		}
		// The second page is asked for while the first is being stored; its answer never comes.
		server.loseAnswerOf = 'GET /pull?after=2';
		expect(await runSync({ now: at(1) })).toMatchObject({
			status: 'failed',
			failure: { kind: 'offline' }
		});
		expect((await getSyncState()).cursor).toBe(2);
		expect(await getEvaluation(testUuid(2))).toBeDefined();
		expect(await getEvaluation(testUuid(3))).toBeUndefined();
		expect(await runSync({ now: at(2), force: true })).toMatchObject({ status: 'ok', pulled: 3 });
		expect((await getSyncState()).cursor).toBe(5);
		expect((await listSummaries()).summaries).toHaveLength(5);
	});

	it('pages until the end, stores what another member made with its signer, and keeps the cursor', async () => {
		server.pageSize = 2;
		const signer = { fingerprint: 'AAAA BBBB CCCC DDDD', memberId: 'm2', displayName: '이코디' };
		for (let i = 1; i <= 5; i++) {
			server.hold(
				buildEvaluation({ id: testUuid(i), campaignId: campaign.id, status: 'draft' }),
				signer
			);
		}
		expect(await runSync({ now: at(1) })).toMatchObject({ status: 'ok', pulled: 5 });
		expect(server.requests().filter((r) => r.startsWith('GET /pull'))).toEqual([
			'GET /pull?after=0&limit=500',
			'GET /pull?after=2&limit=500',
			'GET /pull?after=4&limit=500'
		]);
		expect((await getSyncState()).cursor).toBe(5);
		expect((await getEvaluation(testUuid(3)))?.origin).toEqual({
			importedAt: T0 + 1,
			trust: 'verified',
			signerFingerprint: signer.fingerprint,
			signerName: '이코디'
		});
		expect((await listSummaries()).summaries).toHaveLength(5);
		expect(await countOutbox()).toBe(0); // pulled copies are not pushed back

		// A tombstone from the server removes the record and its summary.
		const stored = (await getEvaluation(testUuid(2)))!;
		server.hold(
			tombstoneOf({ ...stored, origin: undefined }, { at: T0 + 8, by: 'd-coord' }),
			signer
		);
		server.log = [];
		expect(await runSync({ now: at(9) })).toMatchObject({ status: 'ok', pulled: 1 });
		expect(server.requests().filter((r) => r.startsWith('GET /pull'))).toEqual([
			'GET /pull?after=5&limit=500'
		]);
		expect(await getEvaluation(testUuid(2))).toBeUndefined();
		expect((await listSummaries()).summaries.map((s) => s.id)).not.toContain(testUuid(2));
	});
});

describe('failures', () => {
	it('back-off grows with each failure and resets after a success; a waiting run asks nothing', async () => {
		server.offline = true;
		const waits: number[] = [];
		for (let i = 1; i <= 3; i++) {
			await runSync({ now: at(i * 1000), random: () => 1, force: true });
			waits.push((await getSyncState()).nextAttemptAt - (T0 + i * 1000));
		}
		expect(waits).toEqual([2000, 4000, 8000]);
		expect((await getSyncState()).lastFailure).toMatchObject({ kind: 'offline' });
		const asked = server.log.length;
		expect(await runSync({ now: at(3001) })).toMatchObject({ status: 'waiting' });
		expect(server.log.length).toBe(asked);
		server.offline = false;
		expect(await runSync({ now: at(20_000) })).toMatchObject({ status: 'ok' });
		const state = await getSyncState();
		expect(state).toMatchObject({ failures: 0, nextAttemptAt: 0, lastSuccessAt: T0 + 20_000 });
		expect(state.lastFailure).toBeUndefined();
	});

	it('a resumed run (network back, app shown, "sync now") forgets the back-off built up offline', async () => {
		server.offline = true;
		for (let i = 1; i <= 6; i++) await runSync({ now: at(i), random: () => 1, force: true });
		expect((await getSyncState()).nextAttemptAt - (T0 + 6)).toBe(64_000);
		expect(await runSync({ now: at(10) })).toMatchObject({ status: 'waiting' });
		// Still without signal: the next wait starts again from the first step.
		expect(await runSync({ now: at(20), random: () => 1, resume: true })).toMatchObject({
			status: 'failed'
		});
		expect(await getSyncState()).toMatchObject({ failures: 1, nextAttemptAt: T0 + 20 + 2000 });
		for (let i = 1; i <= 6; i++) await runSync({ now: at(30 + i), random: () => 1, force: true });
		server.offline = false;
		expect(await runSync({ now: at(40), resume: true })).toMatchObject({ status: 'ok' });
		expect(await getSyncState()).toMatchObject({ failures: 0, nextAttemptAt: 0 });
	});

	it('a 401 stops syncing until the team link is confirmed again; nothing is deleted', async () => {
		await saveEvaluation(await draft(1), campaign, T0);
		server.signedOut = true;
		expect(await runSync({ now: at(1) })).toEqual({ status: 'signed-out' });
		const asked = server.log.length;
		expect(await runSync({ now: at(60_000), force: true })).toEqual({ status: 'signed-out' });
		expect(server.log.length).toBe(asked);
		expect(await listOutbox()).toHaveLength(1);
		expect(await getEvaluation(testUuid(1))).toBeDefined();
		server.signedOut = false;
		await saveTeamLink({ ...link, confirmedAt: T0 + 70_000 });
		expect(await runSync({ now: at(80_000), force: true })).toMatchObject({
			status: 'ok',
			pushed: 1
		});
	});
});
