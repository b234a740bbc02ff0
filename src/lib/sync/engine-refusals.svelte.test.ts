// A push answers per record: a record the team server refuses (text it cannot store) waits for
// a person with its reason and is not sent again, while the records around it are taken; a
// record larger than a whole push is never sent. The push limit is shrunk here so that a
// record of a few notes outgrows it.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { answer, setNote } from '$lib/domain/editing';
import { UNSTORABLE } from '$lib/domain/base/text';
import { buildCampaign, buildEvaluation, T0 } from '$lib/testing/builders';
import { FakeTeamServer } from '$lib/testing/fake-team-server';
import { testUuid } from '$lib/testing/prng';
import { linkedToFakeServer, madeHere, unlinkPhone } from '$lib/testing/linked-phone';
import { getDeviceId } from '$lib/storage/device';
import { saveEvaluation } from '$lib/storage/evaluations';
import { getOutboxRow, listOutbox } from '$lib/storage/outbox';
import { SyncStatus } from '$lib/state/sync.svelte';
import { runSync, TOO_LARGE } from './engine';

/** A push may carry 40 KB here: 2 KB of envelope and about 38 KB of records. */
vi.mock('$lib/domain/sync/limits.js', async (importOriginal) => {
	const real = await importOriginal<typeof import('$lib/domain/sync/limits.js')>();
	return { ...real, BODY_LIMITS: { ...real.BODY_LIMITS, records: 40_000 } };
});

const campaign = buildCampaign({ id: testUuid(1, 0xca) });
let server: FakeTeamServer;
let me: string;

async function draft(n: number) {
	return madeHere(
		buildEvaluation({
			id: testUuid(n),
			campaignId: campaign.id,
			status: 'draft',
			values: { 'A1-01': 'met', 'A1-02': 'met', 'A1-03': 'met', 'A1-04': 'met' }
		})
	);
}
const ctx = (n: number) => ({ at: T0 + n, by: me });

beforeEach(async () => {
	server = await linkedToFakeServer(campaign);
	me = await getDeviceId();
});
afterEach(unlinkPhone);

describe('refused records', () => {
	it('one record with text the server cannot store waits with its reason; the others are taken and it is not sent again', async () => {
		// Held from before input was cleaned: the phone still reads and pushes it.
		const legacy = setNote(await draft(2), 'A1-01', `메모\u0000`, ctx(1));
		for (const e of [await draft(1), legacy, await draft(3)]) await saveEvaluation(e, campaign, T0);
		expect(await runSync({ now: () => T0 + 2 })).toMatchObject({ status: 'ok', pushed: 2 });
		expect([...server.records.keys()].sort()).toEqual([testUuid(1), testUuid(3)].sort());
		expect((await listOutbox()).map((r) => r.id)).toEqual([legacy.id]);
		expect(await getOutboxRow(legacy.id)).toMatchObject({
			refused: true,
			lastError: `answers.A1-01.note: ${UNSTORABLE.nul}`
		});
		// The sync status says why, and the next run does not send it again.
		const status = new SyncStatus();
		await status.refresh();
		expect([status.held, status.reasons]).toEqual([1, [`answers.A1-01.note: ${UNSTORABLE.nul}`]]);
		const pushes = server.log.filter((r) => r.path === '/push').length;
		await runSync({ now: () => T0 + 3, force: true });
		expect(server.log.filter((r) => r.path === '/push')).toHaveLength(pushes);
		// A person edits the note: the new version is sent once, and still refused: its change
		// log (evidence, never rewritten) holds the text; the reason names where.
		const edited = setNote(legacy, 'A1-01', '메모', ctx(4));
		await saveEvaluation(edited, campaign, T0);
		expect(await runSync({ now: () => T0 + 5 })).toMatchObject({ status: 'ok', pushed: 0 });
		expect(await getOutboxRow(legacy.id)).toMatchObject({
			version: edited.version,
			refused: true,
			lastError: expect.stringMatching(/^changeLog\.\d+\.new: contains a NUL/) as unknown
		});
		await runSync({ now: () => T0 + 6, force: true });
		expect(server.log.filter((r) => r.path === '/push')).toHaveLength(pushes + 1);
	});

	it('pushes are cut by size; a record larger than a whole push is not sent and waits as too large', async () => {
		const note = '가'.repeat(4000); // 12 KB of UTF-8 per note
		let big = await draft(9);
		for (const id of ['A1-01', 'A1-02', 'A1-03', 'A1-04']) big = setNote(big, id, note, ctx(1));
		const medium = setNote(await draft(1), 'A1-01', note, ctx(1));
		const medium2 = setNote(await draft(2), 'A1-01', note, ctx(1));
		const small = answer(await draft(3), 'A1-05', 'met', ctx(1));
		for (const e of [medium, big, medium2, small]) await saveEvaluation(e, campaign, T0);
		expect(await runSync({ now: () => T0 + 2 })).toMatchObject({ status: 'ok', pushed: 3 });
		const pushes = server.log.filter((r) => r.path === '/push');
		for (const p of pushes) {
			expect(new TextEncoder().encode(JSON.stringify(p.body)).length).toBeLessThanOrEqual(40_000);
		}
		expect(pushes.length).toBeGreaterThan(1);
		expect(server.records.has(big.id)).toBe(false);
		expect(await getOutboxRow(big.id)).toMatchObject({ refused: true, lastError: TOO_LARGE });
	});
});
