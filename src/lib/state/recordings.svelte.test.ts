import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COPY_RATE } from '$lib/domain/recording/copy';
import { korean } from '$lib/i18n';
import { en } from '$lib/i18n/en';
import { screensEn } from '$lib/i18n/screens.en';
import { screensKo } from '$lib/i18n/screens.ko';
import { putCampaign } from '$lib/storage/campaigns';
import { setRelease } from '$lib/storage/releases';
import { getEvaluation } from '$lib/storage/evaluations';
import { deleteAudio, getCopy, getOriginal, listAudio, originalKey } from '$lib/storage/recordings';
import { rmsOfWav, toneWav } from '$lib/testing/audio';
import { buildCampaign, buildEvaluation } from '$lib/testing/builders';
import { wipeDatabase } from '$lib/testing/database';
import { testUuid } from '$lib/testing/prng';
import { EvaluationDraft } from './evaluation-draft.svelte';
import { audioTypeOf, EvaluationRecordings, recordingErrorText } from './recordings.svelte';
import { RecordingError } from '$lib/recording/recording-error';

const campaign = buildCampaign({ id: testUuid(5, 0xca) });
const ID = testUuid(51);
const call = () =>
	toneWav([
		{ hz: 440, ms: 600 },
		{ hz: 660, ms: 600 },
		{ hz: 440, ms: 600 }
	]);

let draft: EvaluationDraft;
let recordings: EvaluationRecordings;

function open(status: 'draft' | 'final' = 'draft') {
	draft = new EvaluationDraft(
		buildEvaluation({ id: ID, campaignId: campaign.id, status }),
		campaign,
		'd-test'
	);
	recordings = new EvaluationRecordings(draft);
}

beforeEach(async () => {
	await wipeDatabase();
	await putCampaign(campaign);
	open();
});
afterEach(async () => {
	draft.dispose();
	await wipeDatabase();
});

const bytesOf = async (blob: Blob | undefined) => new Uint8Array((await blob?.arrayBuffer()) ?? []);

describe('attaching a recording', () => {
	it('stores the original and its copy, then logs the step; the record names both', async () => {
		const file = call();
		const recording = await recordings.attach(file, { name: '통화 녹음.wav', via: 'file' });
		expect(recordings.error).toBeUndefined();
		expect(recording).toMatchObject({ name: '통화 녹음.wav', via: 'file', durationMs: 1800 });
		expect(recording?.mutes).toEqual([]);
		const e = draft.evaluation;
		expect(e.recordings).toEqual([recording]);
		expect(e.changeLog.at(-1)).toMatchObject({ field: 'recording', ref: recording!.id });
		expect(await bytesOf(await getOriginal(ID, recording!.id))).toEqual(await bytesOf(file));
		expect(await getCopy(ID, recording!.copyId)).toBeDefined();
		expect(recordings.items).toEqual([
			{ recording, hasOriginal: true, hasCopy: true, expired: false }
		]);
		await draft.flush();
		expect((await getEvaluation(ID))?.recordings?.map((r) => r.id)).toEqual([recording!.id]);
	});

	it('refuses what is not sound, what does not decode and the same file twice, storing nothing', async () => {
		const before = draft.evaluation;
		expect(
			await recordings.attach(new Blob(['hello'], { type: 'text/plain' }), {
				name: 'memo.txt',
				via: 'file'
			})
		).toBeUndefined();
		expect(recordings.error).toMatchObject({ kind: 'not-audio' });
		expect(
			await recordings.attach(new Blob(['not sound'], { type: 'audio/mp4' }), {
				name: 'broken.m4a',
				via: 'share'
			})
		).toBeUndefined();
		expect(recordings.error).toMatchObject({ kind: 'decode' });
		expect(draft.evaluation).toBe(before);
		expect(await listAudio(ID)).toEqual([]);

		await recordings.attach(call(), { name: 'a.wav', via: 'file' });
		const after = draft.evaluation;
		expect(await recordings.attach(call(), { name: 'again.wav', via: 'file' })).toBeUndefined();
		expect(recordings.error).toMatchObject({ kind: 'duplicate' });
		expect(draft.evaluation).toBe(after);
		expect(await listAudio(ID)).toHaveLength(2);
	});

	it('a full disk keeps the record as it was and stores no half of the recording', async () => {
		const before = draft.evaluation;
		const put = IDBObjectStore.prototype.put;
		IDBObjectStore.prototype.put = function () {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		};
		try {
			expect(await recordings.attach(call(), { name: 'a.wav', via: 'file' })).toBeUndefined();
		} finally {
			IDBObjectStore.prototype.put = put;
		}
		expect(recordings.error).toMatchObject({ name: 'StorageError', kind: 'quota' });
		expect(draft.evaluation).toBe(before);
		expect(await listAudio(ID)).toEqual([]);
		expect(
			recordingErrorText(recordings.error, screensKo.recordingStore, { t: korean, locale: 'ko' })
		).toMatch(/저장 공간이 가득/);
	});

	it('refuses a recording longer than an hour', async () => {
		const long = toneWav([{ hz: 0, ms: 3_601_000 }], 3000);
		expect(await recordings.attach(long, { name: 'long.wav', via: 'file' })).toBeUndefined();
		expect(recordings.error).toMatchObject({ kind: 'too-long' });
		expect(await listAudio(ID)).toEqual([]);
	});

	it('shows the audio as expired once the retention period has passed', async () => {
		const first = await recordings.attach(call(), { name: 'a.wav', via: 'file' });
		await setRelease(ID, Date.now() - 30 * 86_400_000);
		await recordings.load();
		expect(recordings.items).toEqual([
			{ recording: first, hasOriginal: true, hasCopy: true, expired: false }
		]);
		await recordings.load(Date.now() + 61 * 86_400_000);
		expect(recordings.items[0]?.expired).toBe(true);
	});

	it('a final evaluation takes no recording', async () => {
		draft.dispose();
		open('final');
		expect(await recordings.attach(call(), { name: 'a.wav', via: 'file' })).toBeUndefined();
		expect(recordings.error).toMatchObject({ kind: 'not-editable' });
		expect(await listAudio(ID)).toEqual([]);
	});
});

describe('muting and removing', () => {
	it('new muted stretches make a new copy from the original; the old copy goes', async () => {
		const first = (await recordings.attach(call(), { name: 'a.wav', via: 'recorded' }))!;
		expect(await recordings.setMutes(first.id, [{ startMs: 600, endMs: 1200 }])).toBe(true);
		const now = draft.evaluation.recordings![0]!;
		expect(now.id).toBe(first.id);
		expect(now.copyId).not.toBe(first.copyId);
		expect(now.mutes).toEqual([{ startMs: 600, endMs: 1200 }]);
		expect(draft.evaluation.changeLog.at(-1)).toMatchObject({
			field: 'mutes',
			ref: first.id,
			old: { copy: first.copyId },
			new: { mutes: '0:00.6–0:01.2', copy: now.copyId }
		});
		expect(await getCopy(ID, first.copyId)).toBeUndefined();
		const copy = await bytesOf(await getCopy(ID, now.copyId));
		expect(rmsOfWav(copy, 600, 1200, COPY_RATE)).toBe(0);
		expect(rmsOfWav(copy, 100, 500, COPY_RATE)).toBeGreaterThan(0.3);
		expect(recordings.items[0]).toMatchObject({ hasOriginal: true, hasCopy: true });
	});

	it('refuses stretches outside the recording, and muting without the original here', async () => {
		const first = (await recordings.attach(call(), { name: 'a.wav', via: 'file' }))!;
		const before = draft.evaluation;
		expect(await recordings.setMutes(first.id, [{ startMs: 1000, endMs: 5000 }])).toBe(false);
		expect(recordings.error).toMatchObject({ kind: 'bad-mutes' });
		await deleteAudio([originalKey(ID, first.id)]);
		expect(await recordings.setMutes(first.id, [{ startMs: 0, endMs: 500 }])).toBe(false);
		expect(recordings.error).toMatchObject({ kind: 'no-original' });
		expect(draft.evaluation).toBe(before);
		expect(await getCopy(ID, first.copyId)).toBeDefined();
	});

	it('removing logs the step and deletes the audio on this phone', async () => {
		const first = (await recordings.attach(call(), { name: 'a.wav', via: 'file' }))!;
		expect(await recordings.remove(first.id)).toBe(true);
		expect(draft.evaluation.recordings).toEqual([]);
		expect(draft.evaluation.changeLog.at(-1)).toMatchObject({
			field: 'recording-removed',
			ref: first.id
		});
		expect(await listAudio(ID)).toEqual([]);
		expect(recordings.items).toEqual([]);
	});
});

describe('recording messages', () => {
	it('say each refusal in Korean and English', () => {
		const error = new RecordingError('decode', 'x');
		expect(
			recordingErrorText(error, screensKo.recordingStore, { t: korean, locale: 'ko' })
		).toMatch(/재생할 수 없습니다/);
		expect(recordingErrorText(error, screensEn.recordingStore, { t: en, locale: 'en' })).toMatch(
			/cannot be played/
		);
		const long = new RecordingError('too-long', 'x');
		expect(recordingErrorText(long, screensKo.recordingStore, { t: korean, locale: 'ko' })).toMatch(
			/1시간/
		);
	});

	it('take phone recordings labelled as video or left untyped', () => {
		expect(audioTypeOf(new Blob([''], { type: 'video/mp4' }), 'Call.m4a')).toBe('video/mp4');
		expect(audioTypeOf(new Blob(['']), '통화 녹음 0212345678.m4a')).toBe('audio/mp4');
		expect(audioTypeOf(new Blob([''], { type: 'image/png' }), 'a.m4a')).toBeUndefined();
	});
});
