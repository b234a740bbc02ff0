import { describe, expect, it } from 'vitest';
import { mulberry32 } from '$lib/testing/prng';
import { addNoise, concat, music, ringbackBurst, tones } from '$lib/testing/calls/audio';
import { detectRingback } from './ringback';

const RATE = 16000;
const gap = (ms: number) => new Float32Array((RATE * ms) / 1000);

describe('ringback (440 + 480 Hz, 1 s on 2 s off)', () => {
	it('finds each burst within 20 ms of its start and end', () => {
		const pcm = concat([
			gap(500),
			ringbackBurst(),
			gap(2000),
			ringbackBurst(),
			gap(2000),
			ringbackBurst(),
			gap(500)
		]);
		const bursts = detectRingback(pcm, RATE);
		expect(bursts).toHaveLength(3);
		bursts.forEach((b, i) => {
			expect(Math.abs(b.startMs - (500 + i * 3000))).toBeLessThanOrEqual(20);
			expect(Math.abs(b.endMs - (1500 + i * 3000))).toBeLessThanOrEqual(20);
		});
	});

	it('finds bursts under pink noise at 10 dB SNR', () => {
		const pcm = concat([gap(500), ringbackBurst(), gap(2000), ringbackBurst(), gap(500)]);
		addNoise(pcm, 'pink', 10, mulberry32(7));
		expect(detectRingback(pcm, RATE)).toHaveLength(2);
	});

	it('is not 440 Hz alone (a note of hold music), nor a steady tone of 5 s', () => {
		expect(detectRingback(concat([gap(200), tones([440], 1000, 0.3), gap(200)]), RATE)).toEqual([]);
		expect(detectRingback(concat([gap(200), ringbackBurst(5000), gap(200)]), RATE)).toEqual([]);
	});

	it('is not hold music', () => {
		expect(detectRingback(music(10, 'sine'), RATE)).toEqual([]);
		expect(detectRingback(music(10, 'pluck'), RATE)).toEqual([]);
	});
});
