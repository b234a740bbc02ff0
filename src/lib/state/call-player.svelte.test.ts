import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { Recording } from '$lib/domain/record/evaluation';
import { encodeWav } from '$lib/domain/recording/copy';
import type { AudioSource } from '$lib/recording/audio-source';
import { CallPlayer, momentAround } from './call-player.svelte';

/** A WAV of `seconds` of a quiet 440 Hz tone at 8 kHz, as a blob URL source. */
function wavSource(seconds: number): { get: () => Promise<AudioSource>; released: () => number } {
	const rate = 8000;
	const pcm = new Float32Array(seconds * rate);
	for (let i = 0; i < pcm.length; i++) pcm[i] = 0.05 * Math.sin((2 * Math.PI * 440 * i) / rate);
	const blob = new Blob([encodeWav(pcm, rate)], { type: 'audio/wav' });
	let released = 0;
	return {
		get: () => {
			const url = URL.createObjectURL(blob);
			return Promise.resolve({
				ok: true,
				url,
				kind: 'copy',
				release: () => {
					released++;
					URL.revokeObjectURL(url);
				}
			});
		},
		released: () => released
	};
}

function recording(durationMs: number): Recording {
	return {
		id: 'rec-1',
		copyId: 'sha256-' + 'a'.repeat(64),
		originalSha256: 'b'.repeat(64),
		name: 'call.m4a',
		mimeType: 'audio/mp4',
		durationMs,
		via: 'file',
		addedAt: 0,
		mutes: []
	};
}

async function until(ok: () => boolean, ms = 5000) {
	const end = performance.now() + ms;
	while (!ok()) {
		if (performance.now() > end) throw new Error('timed out');
		await new Promise((r) => setTimeout(r, 20));
	}
}

// Browsers play audio only after the person interacted with the page: one real click first.
beforeAll(async () => {
	const button = document.createElement('button');
	button.textContent = 'start';
	document.body.append(button);
	await userEvent.click(button);
	button.remove();
});

const players: CallPlayer[] = [];
afterEach(() => {
	for (const p of players.splice(0)) p.dispose();
});

describe('momentAround', () => {
	it('is the playhead ± 5 s inside the recording', () => {
		expect(momentAround(83_400, 600_000)).toEqual({ startMs: 78_400, endMs: 88_400 });
	});
	it('clips at 0 near the start and at the duration near the end', () => {
		expect(momentAround(2_000, 600_000)).toEqual({ startMs: 0, endMs: 7_000 });
		expect(momentAround(598_000, 600_000)).toEqual({ startMs: 593_000, endMs: 600_000 });
	});
	it('keeps a playhead beyond the end (a longer decoded file) at the end', () => {
		expect(momentAround(605_000, 600_000)).toEqual({ startMs: 595_000, endMs: 600_000 });
	});
});

describe('CallPlayer', () => {
	it('binds the moment around the playhead, clipped at 0 and at the duration', async () => {
		const source = wavSource(12);
		const player = new CallPlayer(source.get);
		players.push(player);
		expect(player.momentNow()).toBeUndefined();
		await player.load('e1', recording(12_000));
		expect(player.ready).toBe(true);
		player.seek(3_000);
		expect(player.momentNow()).toEqual({ startMs: 0, endMs: 8_000 });
		player.seek(6_000);
		expect(player.momentNow()).toEqual({ startMs: 1_000, endMs: 11_000 });
		player.seek(10_500);
		expect(player.momentNow()).toEqual({ startMs: 5_500, endMs: 12_000 });
	});

	it('plays a range from its start and stops at its end', async () => {
		const source = wavSource(6);
		const player = new CallPlayer(source.get);
		players.push(player);
		await player.load('e1', recording(6_000));
		await player.playRange({ startMs: 1_000, endMs: 1_600 });
		expect(player.playing).toBe(true);
		expect(player.range).toEqual({ startMs: 1_000, endMs: 1_600 });
		await until(() => !player.playing);
		expect(player.range).toBeUndefined();
		expect(player.timeMs).toBe(1_600);
		// Stopped at the end, not later: the audio's own playhead was put back to it.
		await new Promise((r) => setTimeout(r, 300));
		expect(player.timeMs).toBe(1_600);
	});

	it('says why when the recording cannot be had, and lets go of audio it no longer plays', async () => {
		const expired = new CallPlayer(() => Promise.resolve({ ok: false, reason: 'expired' }));
		players.push(expired);
		await expired.load('e1', recording(6_000));
		expect(expired.status).toBe('unavailable');
		expect(expired.reason).toBe('expired');
		expect(expired.momentNow()).toBeUndefined();

		const source = wavSource(2);
		const player = new CallPlayer(source.get);
		players.push(player);
		await player.load('e1', recording(2_000));
		await player.load('e1', recording(2_000));
		expect(source.released()).toBe(0);
		await player.load('e1', undefined);
		expect(source.released()).toBe(1);
		expect(player.recording).toBeUndefined();
		expect(player.ready).toBe(false);
	});

	it('starting one player pauses the other', async () => {
		const a = new CallPlayer(wavSource(4).get);
		const b = new CallPlayer(wavSource(4).get);
		players.push(a, b);
		await a.load('e1', recording(4_000));
		await b.load('e2', recording(4_000));
		await a.play();
		expect(a.playing).toBe(true);
		await b.playRange({ startMs: 0, endMs: 2_000 });
		await until(() => !a.playing);
		expect(b.playing).toBe(true);
	});
});
