import { createHash } from 'node:crypto';
import { expect, type Locator, type Page } from '@playwright/test';
import { addRecording, bindMoment } from '../src/lib/domain/editing/recordings';
import type { AudioRange, Recording } from '../src/lib/domain/record/evaluation';
import { encodeWav } from '../src/lib/domain/recording/copy';
import { syncRoutes } from '../src/lib/domain/sync/routes';
import { apiEvaluation, type Person } from './api-fixtures';

/** A WAV of `seconds` of a quiet tone rising in pitch (8 kHz, as the shared copy is). */
export function toneWav(seconds: number): Buffer {
	const rate = 8000;
	const pcm = new Float32Array(seconds * rate);
	for (let i = 0; i < pcm.length; i++) {
		const f = 300 + (200 * i) / pcm.length;
		pcm[i] = 0.05 * Math.sin((2 * Math.PI * f * i) / rate);
	}
	return Buffer.from(encodeWav(pcm, rate));
}

/** The SHA-256 (hex) of bytes. */
export function sha256Hex(bytes: Uint8Array): string {
	return createHash('sha256').update(bytes).digest('hex');
}

/** A recording whose shared copy is `wav` (as the phone would have made it). */
export function recordingOf(wav: Buffer, durationMs: number, id = crypto.randomUUID()): Recording {
	return {
		id,
		copyId: `sha256-${sha256Hex(wav)}`,
		originalSha256: 'a'.repeat(64),
		name: '통화 녹음.m4a',
		mimeType: 'audio/mp4',
		durationMs,
		via: 'file',
		addedAt: Date.now(),
		mutes: []
	};
}

/**
 * Keeps `wav` on this phone as the shared copy of `recording` of evaluation `id`, in the app's
 * own recordings store (src/lib/storage/recordings.ts), as the phone keeps a copy it made.
 */
export async function storeCopy(
	page: Page,
	id: string,
	recording: Recording,
	wav: Buffer
): Promise<void> {
	await page.evaluate(
		({ id, copyId, base64 }) =>
			new Promise<void>((resolve, reject) => {
				const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
				const blob = new Blob([bytes], { type: 'audio/wav' });
				const open = indexedDB.open('ks-s-1006');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const tx = open.result.transaction('recordings', 'readwrite');
					tx.objectStore('recordings').put({
						id: `${id}/${copyId}`,
						evaluationId: id,
						kind: 'copy',
						ref: copyId,
						blob,
						mimeType: 'audio/wav',
						createdAt: Date.now()
					});
					tx.oncomplete = () => {
						open.result.close();
						resolve();
					};
					tx.onerror = () => reject(tx.error);
				};
			}),
		{ id, copyId: recording.copyId, base64: wav.toString('base64') }
	);
}

/** The stored evaluation row of this phone. */
export async function storedEvaluation(page: Page, id: string): Promise<unknown> {
	return page.evaluate(
		(id) =>
			new Promise((resolve, reject) => {
				const open = indexedDB.open('ks-s-1006');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const get = open.result.transaction('evaluations').objectStore('evaluations').get(id);
					get.onsuccess = () => {
						open.result.close();
						resolve(get.result);
					};
					get.onerror = () => reject(get.error);
				};
			}),
		id
	);
}

/** Puts an evaluation row back (made by the domain's own operation in the test). */
export async function storeEvaluation(page: Page, row: unknown): Promise<void> {
	await page.evaluate(
		(row) =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('ks-s-1006');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const tx = open.result.transaction('evaluations', 'readwrite');
					tx.objectStore('evaluations').put(row);
					tx.oncomplete = () => {
						open.result.close();
						resolve();
					};
					tx.onerror = () => reject(tx.error);
				};
			}),
		row
	);
}

/** Taps the play button of a stretch; it shows as playing, then stops by itself at its end. */
export async function playStretch(scope: Page | Locator, range: string) {
	await scope.getByRole('button', { name: `${range} 재생` }).tap();
	const playing = scope.getByRole('button', { name: `${range} 정지`, pressed: true });
	await expect(playing).toBeVisible();
	await expect(playing).toHaveCount(0, { timeout: 15_000 });
	await expect(scope.getByRole('button', { name: `${range} 재생`, pressed: false })).toBeVisible();
}

/**
 * A final phone evaluation with a call recording attached and its first check bound to a
 * moment of it, made on the shopper's own device and pushed (tests/api-fixtures.ts
 * `apiEvaluation`), then its shared copy sent. Answers its id and the check bound.
 */
export async function apiEvaluationWithCall(
	shopper: Person,
	campaignId: string,
	recording: Recording,
	wav: Buffer,
	moment: AudioRange
): Promise<{ id: string; checkId: string }> {
	let checkId = '';
	const id = await apiEvaluation(shopper, campaignId, {
		edit: (record, checks, ctx) => {
			checkId = checks[0]!;
			const attached = addRecording(record, recording, ctx(200_000));
			return bindMoment(
				attached,
				{ id: crypto.randomUUID(), checkId, recordingId: recording.id, ...moment },
				ctx(201_000)
			);
		}
	});
	// The phone then sends the shared copy the server asked for (in one part: it is small).
	await shopper.client.api.send(syncRoutes.putBlob, {
		params: { sha256: recording.copyId.slice('sha256-'.length) },
		body: new Uint8Array(wav),
		headers: {
			'content-type': 'application/octet-stream',
			'content-range': `bytes 0-${String(wav.length - 1)}/${String(wav.length)}`
		}
	});
	return { id, checkId };
}
