import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { buildCampaign, buildEvaluation, T0 } from '$lib/testing/builders';
import { testUuid } from '$lib/testing/prng';
import { SaveQueue } from '$lib/state/save-queue.svelte';
import { deleteCampaign, getCampaign, listCampaigns, putCampaign } from './campaigns';
import { DB_NAME, DB_VERSION, getDb, onDatabaseEvent, type DatabaseEvent } from './db';
import { en } from '$lib/i18n/en';
import { korean } from '$lib/i18n';
import { messageOf } from '$lib/state/message-of';
import { deleteEvaluation, restoreEvaluation } from './evaluation-removal';
import { getEvaluation, listEvaluations, listTombstones, saveEvaluation } from './evaluations';
import { emptyAudit } from '$lib/domain/audit';
import type { Evaluation } from '$lib/domain/record';
import { saveAudit } from './audits';
import { getDeviceId } from './device';
import { countStored, eraseEverything } from './erase';
import { saveCopy } from './recordings';
import { getDeviceKey } from './keys';
import { StorageError } from './errors';
import { listPhotos, savePhoto } from './photos';
import { getOutboxRow } from './outbox';
import { listSummaries } from './summaries';
import { wipeDatabase } from '$lib/testing/database';

const campaign = buildCampaign({ id: testUuid(7, 0xca) });
const photo = (id: string, evaluationId: string) => ({
	id,
	evaluationId,
	blob: new Blob([new Uint8Array([1, 2, 3])], { type: 'image/jpeg' }),
	mimeType: 'image/jpeg' as const,
	width: 10,
	height: 10,
	createdAt: T0
});
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

	it('deleting leaves a logged tombstone in place of the record, its summary and photos gone; undo restores them exactly', async () => {
		await putCampaign(campaign);
		const final = buildEvaluation({
			id: testUuid(1),
			campaignId: campaign.id,
			agent: { name: '박서준', team: '카드팀' },
			overallOpinion: '친절함',
			values: { 'A1-01': 'met' }
		});
		await saveEvaluation(final, campaign, T0);
		await saveEvaluation(draft(2, T0 + 1), campaign, T0);
		await savePhoto(photo('p1', testUuid(1)));
		const db = await getDb();
		const before = {
			record: await db.get('evaluations', testUuid(1)),
			summary: await db.get('summaries', testUuid(1))
		};

		const deleted = await deleteEvaluation(testUuid(1), { at: T0 + 5000, by: 'd-phone' });
		expect(deleted?.photos).toHaveLength(1);
		const tombstone = (await db.get('evaluations', testUuid(1))) as Evaluation;
		expect(tombstone.deleted).toEqual({ at: T0 + 5000, by: 'd-phone' });
		expect(tombstone.version).toBe(final.version + 1);
		expect(tombstone.changeLog).toEqual([
			{
				version: final.version + 1,
				at: T0 + 5000,
				by: 'd-phone',
				field: 'deleted',
				old: final.version,
				new: null
			}
		]);
		expect(JSON.stringify(tombstone)).not.toContain('박서준');
		expect(await getEvaluation(testUuid(1))).toBeUndefined();
		expect((await listEvaluations()).map((e) => e.id)).toEqual([testUuid(2)]);
		expect((await listEvaluations(campaign.id)).map((e) => e.id)).toEqual([testUuid(2)]);
		expect((await listTombstones()).map((e) => e.id)).toEqual([testUuid(1)]);
		expect((await listSummaries()).summaries.map((s) => s.id)).toEqual([testUuid(2)]);
		expect(await listPhotos(testUuid(1))).toEqual([]);
		// Deleting again does nothing: there is nothing left to undo.
		expect(await deleteEvaluation(testUuid(1), { at: T0 + 6000, by: 'd-phone' })).toBeUndefined();

		await restoreEvaluation(deleted!);
		expect(await db.get('evaluations', testUuid(1))).toEqual(before.record);
		expect(await db.get('summaries', testUuid(1))).toEqual(before.summary);
		expect(await getEvaluation(testUuid(1))).toEqual(final);
		expect(await listTombstones()).toEqual([]);
		expect((await listPhotos(testUuid(1)))[0]?.blob.size).toBe(3);
	});

	it('a late autosave never brings a deleted evaluation back', async () => {
		await putCampaign(campaign);
		await saveEvaluation(draft(1, T0), campaign, T0);
		await deleteEvaluation(testUuid(1), { at: T0 + 1, by: 'd-phone' });
		const queued = await getOutboxRow(testUuid(1));
		await saveEvaluation(draft(1, T0 + 2), campaign, T0 + 2);
		expect(await getEvaluation(testUuid(1))).toBeUndefined();
		expect((await listSummaries()).summaries).toEqual([]);
		// The deletion stays queued for the team server, not the late write.
		expect(queued?.version).toBe((await listTombstones())[0]?.version);
		expect(await getOutboxRow(testUuid(1))).toEqual(queued);
	});

	it('a campaign whose evaluations were all deleted can be deleted', async () => {
		await putCampaign(campaign);
		await saveEvaluation(draft(1, T0), campaign, T0);
		await deleteEvaluation(testUuid(1), { at: T0 + 1, by: 'd-phone' });
		expect(await deleteCampaign(campaign.id)).toBe(true);
	});

	it('erasing counts what goes, then removes the database, the key, the device id and the app’s web-storage keys', async () => {
		await putCampaign(campaign);
		await putCampaign(buildCampaign({ id: testUuid(8, 0xca) }));
		await saveEvaluation(draft(1, T0), campaign, T0);
		await saveEvaluation(draft(2, T0), campaign, T0);
		await saveEvaluation(draft(3, T0), campaign, T0);
		await deleteEvaluation(testUuid(3), { at: T0, by: 'd-phone' });
		await savePhoto(photo('p1', testUuid(1)));
		await savePhoto(photo('p2', testUuid(2)));
		await saveAudit(emptyAudit(campaign.id, T0));
		await saveCopy(testUuid(1), `sha256-${'a'.repeat(64)}`, new Blob(['RIFF']), T0);
		const deviceId = await getDeviceId();
		const fingerprint = (await getDeviceKey()).fingerprint;
		localStorage.setItem('ks1006.preferences', '{"locale":"en"}');
		sessionStorage.setItem('ks1006.test', 'x');
		localStorage.setItem('other-site-key', 'kept');

		expect(await countStored()).toEqual({
			campaigns: 2,
			evaluations: 2,
			photos: 2,
			recordings: 1,
			audits: 1
		});
		await eraseEverything();

		const names = (await indexedDB.databases()).map((d) => d.name);
		expect(names).not.toContain(DB_NAME);
		expect(localStorage.getItem('ks1006.preferences')).toBeNull();
		expect(sessionStorage.getItem('ks1006.test')).toBeNull();
		expect(localStorage.getItem('other-site-key')).toBe('kept');
		localStorage.removeItem('other-site-key');
		// The app opens fresh: nothing listed, a new device id and a new signing key.
		expect(await listCampaigns()).toEqual([]);
		expect(await listEvaluations()).toEqual([]);
		expect(await listTombstones()).toEqual([]);
		expect(await countStored()).toEqual({
			campaigns: 0,
			evaluations: 0,
			photos: 0,
			recordings: 0,
			audits: 0
		});
		expect(await getDeviceId()).not.toBe(deviceId);
		expect((await getDeviceKey()).fingerprint).not.toBe(fingerprint);
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

	it('a database left empty at an older version (another open came first) gets every store', async () => {
		// What a plain open without a version, or a first upgrade rolled back under a queued
		// open, leaves: the app's database at version 1 with no store at all.
		const empty = await openDB(DB_NAME, 1);
		empty.close();
		const db = await getDb();
		expect([...db.objectStoreNames].sort()).toEqual(
			[
				'campaigns',
				'conflicts',
				'evaluations',
				'meta',
				'outbox',
				'photos',
				'recordings',
				'share-inbox',
				'summaries'
			].sort()
		);
		expect(db.version).toBe(DB_VERSION);
		expect([...db.transaction('evaluations').store.indexNames]).toEqual(['campaignId']);
		await putCampaign(buildCampaign());
		expect(await listCampaigns()).toHaveLength(1);
		expect(await getDeviceId()).toMatch(/\S/);
	});

	it('a database left by a newer version of the app is a version error, explained in words in each language', async () => {
		const newer = await openDB(DB_NAME, DB_VERSION + 1, {
			upgrade(db) {
				db.createObjectStore('meta', { keyPath: 'id' });
			}
		});
		newer.close();
		const failure = await getDb().then(
			() => undefined,
			(error: unknown) => error
		);
		expect(failure).toBeInstanceOf(StorageError);
		expect(failure).toMatchObject({ kind: 'version' });
		const ko = messageOf(failure, { t: korean, locale: 'ko' });
		expect(ko).toContain('더 새로운 버전의 앱이 데이터를 저장했습니다');
		expect(ko).toContain('새로 고침');
		expect(ko).not.toMatch(/VersionError|requested version/);
		const english = messageOf(failure, { t: en, locale: 'en' });
		expect(english).toContain('A newer version of this app has stored data on this device');
		expect(english).not.toMatch(/VersionError|requested version/);
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
