import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildCampaign, buildEvaluation, T0 } from '$lib/testing/builders';
import { wipeDatabase } from '$lib/testing/database';
import { testUuid } from '$lib/testing/prng';
import { putCampaign } from './campaigns';
import { deleteEvaluation, restoreEvaluation } from './evaluation-removal';
import { saveEvaluation } from './evaluations';
import { storePulledPage } from './pulled';
import { deleteEvaluation as tombstoneOf } from '$lib/domain/editing';
import {
	copyRow,
	deleteAudio,
	deleteAudioOf,
	evaluationsWithAudio,
	getCopy,
	getOriginal,
	listAudio,
	originalKey,
	originalRow,
	saveCopy,
	writeAudio
} from './recordings';

const campaign = buildCampaign({ id: testUuid(4, 0xca) });
const E1 = testUuid(41);
const E2 = testUuid(42);
const COPY = `sha256-${'c'.repeat(64)}`;
const sound = (text: string, type = 'audio/mp4') => new Blob([text], { type });

beforeEach(wipeDatabase);
afterEach(wipeDatabase);

describe('recording audio on the phone', () => {
	it('keeps an original and copies per evaluation, lists, finds and deletes them', async () => {
		await writeAudio([
			originalRow(E1, 'r1', sound('original'), T0),
			copyRow(E1, COPY, sound('copy', 'audio/wav'), T0 + 1)
		]);
		await saveCopy(E2, COPY, sound('copy', 'audio/wav'), T0 + 2);

		expect(await (await getOriginal(E1, 'r1'))?.text()).toBe('original');
		expect((await getOriginal(E1, 'r1'))?.type).toBe('audio/mp4');
		expect(await (await getCopy(E1, COPY))?.text()).toBe('copy');
		// The same copy under another evaluation is a row of its own.
		expect(await getOriginal(E2, 'r1')).toBeUndefined();
		expect((await listAudio(E1)).map((r) => [r.kind, r.ref])).toEqual([
			['original', 'r1'],
			['copy', COPY]
		]);
		expect((await evaluationsWithAudio()).sort()).toEqual([E1, E2].sort());

		await deleteAudio([originalKey(E1, 'r1')]);
		expect(await getOriginal(E1, 'r1')).toBeUndefined();
		expect(await getCopy(E1, COPY)).toBeDefined();
		expect(await deleteAudioOf(E1)).toBe(1);
		expect(await listAudio(E1)).toEqual([]);
		expect(await getCopy(E2, COPY)).toBeDefined();
	});

	it('a full disk (quota) stores nothing of the write and says quota', async () => {
		await writeAudio([originalRow(E1, 'r0', sound('kept'), T0)]);
		const put = IDBObjectStore.prototype.put;
		let puts = 0;
		IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args) {
			// The first row goes in; the second finds the disk full.
			if (++puts === 2)
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			return put.apply(this, args);
		};
		try {
			await expect(
				writeAudio([
					originalRow(E1, 'r1', sound('original'), T0),
					copyRow(E1, COPY, sound('copy', 'audio/wav'), T0)
				])
			).rejects.toMatchObject({ name: 'StorageError', kind: 'quota' });
		} finally {
			IDBObjectStore.prototype.put = put;
		}
		expect(await getOriginal(E1, 'r1')).toBeUndefined();
		expect(await getCopy(E1, COPY)).toBeUndefined();
		// What was stored before is untouched.
		expect(await (await getOriginal(E1, 'r0'))?.text()).toBe('kept');
	});

	it('deleting an evaluation removes its audio, and the undo puts it back', async () => {
		await putCampaign(campaign);
		const e = buildEvaluation({ id: E1, campaignId: campaign.id, status: 'draft' });
		await saveEvaluation(e, campaign, T0);
		await writeAudio([originalRow(E1, 'r1', sound('original'), T0)]);
		const removed = await deleteEvaluation(E1, { at: T0 + 1, by: 'd-phone' });
		expect(await listAudio(E1)).toEqual([]);
		await restoreEvaluation(removed!);
		expect(await (await getOriginal(E1, 'r1'))?.text()).toBe('original');
	});

	it('a pulled tombstone removes the evaluation’s audio', async () => {
		await putCampaign(campaign);
		const e = buildEvaluation({ id: E1, campaignId: campaign.id });
		await saveEvaluation(e, campaign, T0);
		await saveCopy(E1, COPY, sound('copy', 'audio/wav'), T0);
		await saveCopy(E2, COPY, sound('copy', 'audio/wav'), T0);
		await storePulledPage([tombstoneOf(e, { at: T0 + 5, by: 'd-other' })], [], T0 + 5);
		expect(await listAudio(E1)).toEqual([]);
		expect(await listAudio(E2)).toHaveLength(1);
	});
});
