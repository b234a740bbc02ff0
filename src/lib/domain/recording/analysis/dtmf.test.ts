import { describe, expect, it } from 'vitest';
import { mulberry32 } from '$lib/testing/prng';
import { addNoise, concat, dtmfTone, speech, tones, ivrVoice } from '$lib/testing/calls/audio';
import { detectDtmf, dtmfPair } from './dtmf';
import type { DtmfKey } from './types';

const RATE = 16000;
const gap = (ms: number) => new Float32Array((RATE * ms) / 1000);
const ALL: DtmfKey[] = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '0', '#'];

describe('DTMF', () => {
	it('maps keys to their row and column (5 = 770 + 1336 Hz, # = 941 + 1477 Hz)', () => {
		expect(dtmfPair('5')).toEqual([770, 1336]);
		expect(dtmfPair('#')).toEqual([941, 1477]);
		expect(dtmfPair('0')).toEqual([941, 1336]);
	});

	it('finds every key of the keypad with its onset within 10 ms', () => {
		const pcm = concat(ALL.flatMap((k) => [gap(200), dtmfTone(k, 100)]));
		const found = detectDtmf(pcm, RATE);
		expect(found.map((k) => k.key)).toEqual(ALL);
		found.forEach((k, i) => expect(Math.abs(k.startMs - (200 + i * 300))).toBeLessThanOrEqual(10));
	});

	it('finds a key of 40 ms but not a blip of 20 ms', () => {
		expect(detectDtmf(concat([gap(100), dtmfTone('7', 40), gap(100)]), RATE)).toHaveLength(1);
		expect(detectDtmf(concat([gap(100), dtmfTone('7', 20), gap(100)]), RATE)).toHaveLength(0);
	});

	it('refuses a pair whose twist is over 8 dB (a row 12 dB louder than its column)', () => {
		const [row, col] = dtmfPair('5');
		const twisted = concat([tones([row], 120, 0.4), gap(0)]);
		const col12 = tones([col], 120, 0.1);
		for (let i = 0; i < twisted.length; i++) twisted[i] = twisted[i]! + col12[i]!;
		expect(detectDtmf(twisted, RATE)).toHaveLength(0);
	});

	it('refuses a single tone and a row frequency with the A–D column', () => {
		expect(detectDtmf(tones([852], 200, 0.3), RATE)).toHaveLength(0);
		expect(detectDtmf(tones([697, 1633], 200, 0.2), RATE)).toHaveLength(0);
	});

	it('keeps a key heard under white noise at 10 dB SNR', () => {
		const pcm = concat([gap(300), dtmfTone('9', 120), gap(300)]);
		addNoise(pcm, 'white', 10, mulberry32(3));
		expect(detectDtmf(pcm, RATE).map((k) => k.key)).toEqual(['9']);
	});

	it('finds no key in Korean speech', () => {
		const pcm = speech('상담원 연결은 영번, 카드 분실 신고는 일번을 눌러 주세요', ivrVoice);
		expect(detectDtmf(pcm, RATE)).toEqual([]);
	});
});
