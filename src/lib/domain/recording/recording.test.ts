import { describe, expect, it } from 'vitest';
import { buildEvaluation, ctxAt } from '../../testing/builders';
import { addIvrEvent, removeAudioIvrEvents, undoIvrEvent } from '../editing/ivr';
import {
	addRecording,
	bindMoment,
	clockOf,
	momentsOf,
	removeRecording,
	setRecordingMutes,
	unbindMoment
} from '../editing/recordings';
import { Evaluation, type Recording } from '../record/evaluation';
import { countedIvrEvents } from '../scoring/ivr';
import { anchorOf, ivrDisagreements } from './align';
import { applyMutes, COPY_RATE, copyBytes, encodeWav, readWavHeader, sliceWav } from './copy';
import { audioExpired, audioExpiresAt } from './retention';

const T0 = Date.UTC(2026, 11, 8, 1);
const DAY = 86_400_000;

const recording = (over: Partial<Recording> = {}): Recording => ({
	id: 'rec-1',
	copyId: `sha256-${'a'.repeat(64)}`,
	originalSha256: 'b'.repeat(64),
	name: '통화 녹음 001.m4a',
	mimeType: 'audio/mp4',
	durationMs: 180_000,
	via: 'share',
	addedAt: T0,
	mutes: [],
	...over
});

describe('recordings on the record', () => {
	it('attaching, muting, binding and removing are each one logged step the schema accepts', () => {
		let e = buildEvaluation({ status: 'draft' });
		const v0 = e.version;
		e = addRecording(e, recording(), ctxAt(T0));
		e = setRecordingMutes(
			e,
			'rec-1',
			[{ startMs: 61_000, endMs: 64_500 }],
			`sha256-${'c'.repeat(64)}`,
			ctxAt(T0 + 1)
		);
		e = bindMoment(
			e,
			{ id: 'm1', checkId: 'S03-1', recordingId: 'rec-1', startMs: 83_400, endMs: 90_000 },
			ctxAt(T0 + 2)
		);
		expect(e.version).toBe(v0 + 3);
		expect(e.changeLog.slice(-3).map((c) => c.field)).toEqual(['recording', 'mutes', 'moment']);
		expect(e.changeLog.at(-2)).toMatchObject({
			old: { mutes: '', copy: `sha256-${'a'.repeat(64)}` },
			new: { mutes: '1:01.0–1:04.5', copy: `sha256-${'c'.repeat(64)}` }
		});
		expect(e.changeLog.at(-1)).toMatchObject({ checkId: 'S03-1', new: '1:23.4–1:30.0' });
		expect(momentsOf(e, 'S03-1').map((m) => m.id)).toEqual(['m1']);
		expect(Evaluation.safeParse(e).success).toBe(true);

		const removed = removeRecording(e, 'rec-1', ctxAt(T0 + 3));
		expect(removed.recordings).toEqual([]);
		expect(removed.moments).toEqual([]);
		expect(removed.changeLog.at(-1)).toMatchObject({
			field: 'recording-removed',
			old: { moments: 1 }
		});
		expect(unbindMoment(e, 'm1', ctxAt(T0 + 3)).moments).toEqual([]);
	});

	it('a moment is kept inside its recording, and one on no attached recording changes nothing', () => {
		let e = addRecording(buildEvaluation({ status: 'draft' }), recording(), ctxAt(T0));
		e = bindMoment(
			e,
			{ id: 'm1', checkId: 'S03-1', recordingId: 'rec-1', startMs: 175_000, endMs: 200_000 },
			ctxAt(T0 + 1)
		);
		expect(e.moments?.[0]).toMatchObject({ startMs: 175_000, endMs: 180_000 });
		const same = bindMoment(
			e,
			{ id: 'm2', checkId: 'S03-1', recordingId: 'other', startMs: 0, endMs: 1000 },
			ctxAt(T0 + 2)
		);
		expect(same).toBe(e);
	});

	it('the schema refuses a moment that ends before it starts and duplicate recording ids', () => {
		const e = addRecording(buildEvaluation({ status: 'draft' }), recording(), ctxAt(T0));
		const backwards = {
			...e,
			moments: [{ id: 'm', checkId: 'S03-1', recordingId: 'rec-1', startMs: 5, endMs: 5 }]
		};
		expect(Evaluation.safeParse(backwards).success).toBe(false);
		const twice = { ...e, recordings: [recording(), recording()] };
		expect(Evaluation.safeParse(twice).success).toBe(false);
	});

	it('clock text rounds to tenths', () => {
		expect(clockOf(0)).toBe('0:00.0');
		expect(clockOf(83_449)).toBe('1:23.4');
		expect(clockOf(599_960)).toBe('10:00.0');
	});
});

describe('IVR events from audio beside the taps', () => {
	const audio = (recordingMs: number) => ({ recordingId: 'rec-1', recordingMs });

	it('once audio events are confirmed the figures count them, and the taps stay', () => {
		let e = buildEvaluation({ status: 'draft' });
		e = addIvrEvent(e, { id: 't1', type: 'dial' }, ctxAt(T0));
		e = addIvrEvent(e, { id: 't2', type: 'menu', key: '1' }, ctxAt(T0 + 9000));
		expect(countedIvrEvents(e.ivr.events).map((x) => x.id)).toEqual(['t1', 't2']);
		e = addIvrEvent(
			e,
			{ id: 'a1', type: 'dial', at: T0 - 400, audio: audio(0) },
			ctxAt(T0 + 20_000)
		);
		e = addIvrEvent(
			e,
			{ id: 'a2', type: 'menu', key: '1', at: T0 + 5600, audio: audio(6000) },
			ctxAt(T0 + 20_001)
		);
		expect(countedIvrEvents(e.ivr.events).map((x) => x.id)).toEqual(['a1', 'a2']);
		expect(e.ivr.events.find((x) => x.id === 'a2')).toMatchObject({
			source: 'audio',
			recordingId: 'rec-1',
			recordingMs: 6000,
			level: 1,
			at: T0 + 5600
		});
		expect(e.ivr.startedAt).toBe(T0 - 400);
		expect(e.changeLog.at(-1)).toMatchObject({ field: 'ivr', reason: 'from audio' });
		// Undo takes back the last tap, never a measured event.
		const undone = undoIvrEvent(e, ctxAt(T0 + 30_000));
		expect(undone.ivr.events.map((x) => x.id)).toEqual(['t1', 'a1', 'a2']);
		// The menu key was tapped 3.4 s after the audio says it was pressed: flagged.
		expect(ivrDisagreements(e.ivr.events)).toEqual([
			{ type: 'menu', key: '1', tappedId: 't2', audioId: 'a2', diffMs: -3400 }
		]);
		const cleared = removeAudioIvrEvents(e, 'rec-1', ctxAt(T0 + 40_000));
		expect(cleared.ivr.events.map((x) => x.id)).toEqual(['t1', 't2']);
		expect(cleared.version).toBe(e.version + 1);
	});

	it('anchors the recording on the taps by the median difference, else on its own start', () => {
		const e = [
			{ id: 't1', type: 'dial' as const, at: T0 },
			{ id: 't2', type: 'greeting-start' as const, at: T0 + 8000 },
			{ id: 't3', type: 'menu' as const, key: '2' as const, at: T0 + 30_000 }
		];
		const measured = [
			{ type: 'dial' as const, atMs: 1500 },
			{ type: 'greeting-start' as const, atMs: 9000 },
			{ type: 'menu' as const, key: '2' as const, atMs: 25_000 }
		];
		// differences −1500, −1000, +5000 → median −1000
		expect(anchorOf({}, e, measured)).toEqual({ at: T0 - 1000, by: 'stopwatch' });
		expect(anchorOf({ startedAt: T0 + 7 }, [], measured)).toEqual({ at: T0 + 7, by: 'recording' });
		expect(anchorOf({}, [], measured)).toBeUndefined();
	});
});

describe('the shared copy', () => {
	it('is 16-bit mono WAV at 8 kHz whose muted stretches are silent, and cuts to a stretch', () => {
		const pcm = new Float32Array(COPY_RATE * 2).fill(0.5);
		applyMutes(pcm, COPY_RATE, [{ startMs: 500, endMs: 1000 }]);
		const wav = encodeWav(pcm, COPY_RATE);
		expect(wav.length).toBe(copyBytes(2000));
		expect(readWavHeader(wav)).toMatchObject({ rate: 8000, durationMs: 2000 });
		const clip = sliceWav(wav, { startMs: 250, endMs: 1250 })!;
		const info = readWavHeader(clip)!;
		expect(info.durationMs).toBe(1000);
		const view = new DataView(clip.buffer);
		const at = (ms: number) => view.getInt16(44 + ((ms * COPY_RATE) / 1000) * 2, true);
		expect(at(100)).toBeGreaterThan(16000); // 350 ms into the copy: sound
		expect(at(500)).toBe(0); // 750 ms: muted
		expect(at(900)).toBeGreaterThan(16000); // 1150 ms: sound again
		expect(readWavHeader(new TextEncoder().encode('RIFF....WAVEnope'))).toBeNull();
	});
});

describe('retention', () => {
	it('counts from the release, and never expires what is not released', () => {
		expect(audioExpiresAt(undefined, 30)).toBeUndefined();
		expect(audioExpiresAt(T0, 30)).toBe(T0 + 30 * DAY);
		expect(audioExpired(T0, 30, T0 + 30 * DAY - 1)).toBe(false);
		expect(audioExpired(T0, 30, T0 + 30 * DAY)).toBe(true);
		expect(audioExpired(undefined, 30, T0 + 9999 * DAY)).toBe(false);
	});
});
