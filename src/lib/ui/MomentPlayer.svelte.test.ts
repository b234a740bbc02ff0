import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { encodeWav } from '$lib/domain/recording/copy';
import type { AudioSource } from '$lib/recording/audio-source';
import MomentPlayer from './MomentPlayer.svelte';

/** A blob URL of a WAV of `seconds` of a quiet tone. */
function wav(seconds: number): () => Promise<AudioSource> {
	const rate = 8000;
	const pcm = new Float32Array(seconds * rate);
	for (let i = 0; i < pcm.length; i++) pcm[i] = 0.05 * Math.sin((2 * Math.PI * 300 * i) / rate);
	const blob = new Blob([encodeWav(pcm, rate)], { type: 'audio/wav' });
	return () => {
		const url = URL.createObjectURL(blob);
		return Promise.resolve({
			ok: true,
			url,
			kind: 'copy',
			release: () => URL.revokeObjectURL(url)
		});
	};
}

describe('MomentPlayer', () => {
	it('plays exactly its stretch when tapped, then shows it stopped', async () => {
		const { locator: screen } = await render(MomentPlayer, {
			range: { startMs: 1_000, endMs: 1_800 },
			durationMs: 4_000,
			source: wav(4)
		});
		const play = screen.getByRole('button', { name: '0:01.0–0:01.8 재생' });
		await expect.element(play).toBeEnabled();
		await play.click();
		const stop = screen.getByRole('button', { name: '0:01.0–0:01.8 정지' });
		await expect.element(stop).toHaveAttribute('aria-pressed', 'true');
		// 0.8 s of audio, then it stops by itself at the end of the stretch (long before the
		// 3 s to the end of the file).
		await expect
			.element(screen.getByRole('button', { name: '0:01.0–0:01.8 재생' }), { timeout: 1800 })
			.toHaveAttribute('aria-pressed', 'false');
	});

	it('plays a clip cut from the call at its offset, named by its times in the call', async () => {
		const { locator: screen } = await render(MomentPlayer, {
			range: { startMs: 61_000, endMs: 62_000 },
			durationMs: 1_000,
			offsetMs: 61_000,
			source: wav(1),
			label: (range: string) => `공유된 구간 ${range}`
		});
		const play = screen.getByRole('button', { name: '1:01.0–1:02.0 재생' });
		await expect.element(play).toHaveTextContent('공유된 구간 1:01.0–1:02.0');
		await play.click();
		await expect
			.element(screen.getByRole('button', { name: '1:01.0–1:02.0 정지' }))
			.toHaveAttribute('aria-pressed', 'true');
		await expect
			.element(screen.getByRole('button', { name: '1:01.0–1:02.0 재생' }), { timeout: 4000 })
			.toBeVisible();
	});

	it('says the recording was deleted after retention instead of a player', async () => {
		const { locator: screen } = await render(MomentPlayer, {
			range: { startMs: 0, endMs: 10_000 },
			durationMs: 60_000,
			source: () => Promise.resolve({ ok: false, reason: 'expired' })
		});
		await expect
			.element(screen.getByText('보존 기간이 지나 녹음을 삭제했습니다', { exact: false }))
			.toBeVisible();
		expect(screen.getByRole('button').query()).toBeNull();
	});

	it('says when it cannot fetch the audio offline', async () => {
		const { locator: screen } = await render(MomentPlayer, {
			range: { startMs: 0, endMs: 10_000 },
			durationMs: 60_000,
			source: () => Promise.resolve({ ok: false, reason: 'offline' })
		});
		await expect
			.element(screen.getByText('오프라인이라 녹음을 받을 수 없습니다', { exact: false }))
			.toBeVisible();
	});
});
