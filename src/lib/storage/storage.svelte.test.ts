import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { buildCampaign, buildEvaluation, T0 } from '$lib/testing/builders';
import { testUuid } from '$lib/testing/prng';
import { SaveQueue } from '$lib/state/save-queue.svelte';
import { deleteCampaign, getCampaign, listCampaigns, putCampaign } from './campaigns';
import { DB_NAME, getDb, onDatabaseEvent, type DatabaseEvent } from './db';
import { deleteEvaluation, restoreEvaluation } from './evaluation-removal';
import { getEvaluation, saveEvaluation } from './evaluations';
import { StorageError } from './errors';
import { listPhotos, savePhoto } from './photos';
import { listSummaries } from './summaries';
import { wipeDatabase } from '$lib/testing/database';

const campaign = buildCampaign({ id: testUuid(7, 0xca) });
const draft = (n: number, updatedAt: number) =>
	buildEvaluation({
		id: testUuid(n),
		campaignId: campaign.id,
		status: 'draft',
		updatedAt,
		values: { 'A1-01': 'met' }
	});

describe('storage against real IndexedDB', () => {
	beforeEach(wipeDatabase);
	afterEach(wipeDatabase);

	it('stores campaigns and reads them back parsed, sorted by name', async () => {
		await putCampaign({ ...campaign, center: { ...campaign.center, name: '나 센터' } });
		await putCampaign({
			...buildCampaign({ id: testUuid(8, 0xca) }),
			center: { ...campaign.center, name: '가 센터' }
		});
		expect((await listCampaigns()).map((c) => c.center.name)).toEqual(['가 센터', '나 센터']);
		expect((await getCampaign(campaign.id))?.center.name).toBe('나 센터');
	});

	it('writes each evaluation with its summary; the list is newest first', async () => {
		await putCampaign(campaign);
		await saveEvaluation(draft(1, T0), campaign, T0);
		await saveEvaluation(draft(2, T0 + 1000), campaign, T0);
		const { summaries, corrupt } = await listSummaries();
		expect(corrupt).toEqual([]);
		expect(summaries.map((s) => s.id)).toEqual([testUuid(2), testUuid(1)]);
		expect(summaries[0]).toMatchObject({ centerName: campaign.center.name, status: 'draft' });
		expect((await getEvaluation(testUuid(1)))?.answers['A1-01']?.value).toBe('met');
	});

	it('refuses to delete a campaign that has evaluations', async () => {
		await putCampaign(campaign);
		await saveEvaluation(draft(1, T0), campaign, T0);
		expect(await deleteCampaign(campaign.id)).toBe(false);
		expect(await getCampaign(campaign.id)).toBeDefined();
	});

	it('deletes an evaluation with its summary and photos, and undo restores all of them', async () => {
		await putCampaign(campaign);
		await saveEvaluation(draft(1, T0), campaign, T0);
		await savePhoto({
			id: 'p1',
			evaluationId: testUuid(1),
			blob: new Blob([new Uint8Array([1, 2, 3])], { type: 'image/jpeg' }),
			mimeType: 'image/jpeg',
			width: 10,
			height: 10,
			createdAt: T0
		});
		const deleted = await deleteEvaluation(testUuid(1));
		expect(deleted?.photos).toHaveLength(1);
		expect(await getEvaluation(testUuid(1))).toBeUndefined();
		expect((await listSummaries()).summaries).toEqual([]);
		await restoreEvaluation(deleted!);
		expect(await getEvaluation(testUuid(1))).toBeDefined();
		expect((await listSummaries()).summaries).toHaveLength(1);
		expect((await listPhotos(testUuid(1)))[0]?.blob.size).toBe(3);
	});

	it('reports a damaged stored record as corrupt instead of showing it', async () => {
		await putCampaign(campaign);
		const db = await getDb();
		const broken = { id: 'broken', campaignId: campaign.id };
		await db.put('evaluations', broken);
		await db.put('summaries', { id: 'broken', updatedAt: T0 });
		await expect(getEvaluation('broken')).rejects.toMatchObject({ kind: 'corrupt' });
		expect((await listSummaries()).corrupt).toEqual(['broken']);
	});

	it('turns a quota failure into a StorageError of kind quota', async () => {
		await putCampaign(campaign);
		const original = IDBObjectStore.prototype.put;
		IDBObjectStore.prototype.put = function () {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		};
		try {
			await expect(saveEvaluation(draft(1, T0), campaign, T0)).rejects.toMatchObject({
				kind: 'quota'
			});
		} finally {
			IDBObjectStore.prototype.put = original;
		}
		expect(await getEvaluation(testUuid(1))).toBeUndefined();
	});

	it('steps aside for a newer version in another tab, then reports the version error', async () => {
		const events: DatabaseEvent['type'][] = [];
		const stop = onDatabaseEvent((e) => events.push(e.type));
		await getDb();
		const newer = await openDB(DB_NAME, 99);
		newer.close();
		expect(events).toContain('versionchange');
		await expect(getDb()).rejects.toMatchObject({ kind: 'version' });
		stop();
	});
});

describe('SaveQueue', () => {
	it('keeps the newest value through a failed write and writes it on retry', async () => {
		const written: number[] = [];
		let fail = true;
		const queue = new SaveQueue<number>(async (v) => {
			if (fail) throw new DOMException('full', 'QuotaExceededError');
			written.push(v);
		});
		await queue.save(1);
		expect(queue.error).toBeInstanceOf(StorageError);
		expect(queue.error?.kind).toBe('quota');
		expect(queue.dirty).toBe(true);
		fail = false;
		await queue.flush();
		expect(written).toEqual([1]);
		expect(queue.error).toBeNull();
		expect(queue.dirty).toBe(false);
		queue.dispose();
	});

	it('coalesces changes made while a write is in flight into one following write', async () => {
		const written: number[] = [];
		let release: () => void = () => {};
		const queue = new SaveQueue<number>(async (v) => {
			if (v === 1) await new Promise<void>((r) => (release = r));
			written.push(v);
		});
		const first = queue.save(1);
		void queue.save(2);
		void queue.save(3);
		release();
		await first;
		await queue.flush();
		expect(written).toEqual([1, 3]);
	});
});
