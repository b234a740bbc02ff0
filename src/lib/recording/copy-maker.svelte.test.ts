import { describe, expect, it } from 'vitest';
import { COPY_RATE, readWavHeader } from '$lib/domain/recording/copy';
import { rmsOfWav, toneWav, toneWebm } from '$lib/testing/audio';
import { copyIdOf, makeCopy, sha256Hex } from './copy-maker';
import { RecordingError } from './recording-error';

describe('making the shared copy', () => {
	it('a 44.1 kHz WAV becomes 8 kHz mono WAV of the same length, the muted stretch silent', async () => {
		const original = toneWav([
			{ hz: 440, ms: 500 },
			{ hz: 440, ms: 1000 },
			{ hz: 440, ms: 500 }
		]);
		const copy = await makeCopy(original, [{ startMs: 500, endMs: 1500 }]);
		expect(copy.durationMs).toBe(2000);
		expect(readWavHeader(copy.bytes)).toMatchObject({ rate: COPY_RATE, durationMs: 2000 });
		expect(copy.copyId).toBe(await copyIdOf(copy.bytes));
		expect(copy.copyId).toMatch(/^sha256-[0-9a-f]{64}$/);
		expect(rmsOfWav(copy.bytes, 500, 1500, COPY_RATE)).toBe(0);
		expect(rmsOfWav(copy.bytes, 50, 450, COPY_RATE)).toBeGreaterThan(0.3);
		expect(rmsOfWav(copy.bytes, 1550, 1950, COPY_RATE)).toBeGreaterThan(0.3);
		// Unmuted, the middle sounds; the same input makes the same copy (same id).
		const plain = await makeCopy(original, []);
		expect(rmsOfWav(plain.bytes, 600, 1400, COPY_RATE)).toBeGreaterThan(0.3);
		expect(plain.copyId).not.toBe(copy.copyId);
		expect((await makeCopy(original, [])).copyId).toBe(plain.copyId);
	});

	it('a WebM/Opus recording made by the browser decodes, with its muted stretch silent', async () => {
		const original = await toneWebm([
			{ hz: 0, ms: 200 },
			{ hz: 300, ms: 1600 },
			{ hz: 0, ms: 200 }
		]);
		const copy = await makeCopy(original, [{ startMs: 700, endMs: 1300 }]);
		// MediaRecorder runs in real time: the file lasts the signal, give or take a frame.
		expect(copy.durationMs).toBeGreaterThan(1900);
		expect(copy.durationMs).toBeLessThan(2600);
		expect(rmsOfWav(copy.bytes, 700, 1300, COPY_RATE)).toBe(0);
		const sounding = Math.max(
			rmsOfWav(copy.bytes, 300, 650, COPY_RATE),
			rmsOfWav(copy.bytes, 1350, 1700, COPY_RATE)
		);
		expect(sounding).toBeGreaterThan(0.1);
	});

	it('a file that is not sound is refused as undecodable', async () => {
		const error = await makeCopy(new Blob(['not a recording'], { type: 'audio/mp4' }), []).catch(
			(e: unknown) => e
		);
		expect(error).toBeInstanceOf(RecordingError);
		expect(error).toMatchObject({ kind: 'decode' });
	});

	it('sha256Hex is the hex SHA-256 of the file', async () => {
		expect(await sha256Hex(new Blob(['abc']))).toBe(
			'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
		);
	});
});
