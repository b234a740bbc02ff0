import { expect, type Locator, type Page } from '@playwright/test';
import { catalog } from '../src/lib/domain/catalog';
import { answer, finalize, newEvaluation, type EditContext } from '../src/lib/domain/editing';
import { addRecording, bindMoment } from '../src/lib/domain/editing/recordings';
import type { Dispute } from '../src/lib/domain/programme/review';
import type { AudioRange, Recording } from '../src/lib/domain/record/evaluation';
import { readRecord } from '../src/lib/domain/reading/read';
import { encodeWav } from '../src/lib/domain/recording/copy';
import { teamCampaign } from '../src/lib/testing/team-records';
import type { Person } from './api-fixtures';

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

/** A recording as the record names it (the bytes are the test's WAV). */
export function recordingOf(durationMs: number, id = crypto.randomUUID()): Recording {
	return {
		id,
		copyId: `sha256-${'c'.repeat(64)}`,
		originalSha256: 'a'.repeat(64),
		name: '통화 녹음.m4a',
		mimeType: 'audio/mp4',
		durationMs,
		via: 'file',
		addedAt: Date.now(),
		mutes: []
	};
}

// The app's `audioFor` (src/lib/recording/audio-source.ts) answers `missing` until the phone
// keeps recordings; as built, its body is `return{ok:!1,reason:`missing`}`.
const PLACEHOLDER = /async function (\w+)\((\w+),(\w+)\)\{return\{ok:!1,reason:`missing`\}\}/g;

/**
 * Makes this phone hear `wav` as every recording: the built `audioFor` placeholder is routed to
 * answer a blob URL of it (service workers must be blocked so the route sees the scripts).
 * Answers how many times the placeholder was found, which must be at least once.
 */
export async function hearAsRecording(page: Page, wav: Buffer): Promise<() => number> {
	let replaced = 0;
	await page.addInitScript((base64) => {
		const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
		Object.assign(globalThis, {
			__testAudio: () => {
				const url = URL.createObjectURL(new Blob([bytes], { type: 'audio/wav' }));
				return Promise.resolve({
					ok: true,
					url,
					kind: 'copy',
					release: () => URL.revokeObjectURL(url)
				});
			}
		});
	}, wav.toString('base64'));
	await page.route('**/_app/immutable/**/*.js', async (route) => {
		const response = await route.fetch();
		const body = await response.text();
		const next = body.replace(PLACEHOLDER, (_, name: string, a: string, b: string) => {
			replaced++;
			return `async function ${name}(${a},${b}){return globalThis.__testAudio?globalThis.__testAudio(${a},${b}):{ok:!1,reason:\`missing\`}}`;
		});
		await route.fulfill({ response, body: next });
	});
	return () => replaced;
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
 * A final phone evaluation with a call recording attached and `checkId` bound to a moment of
 * it, made on the shopper's own device and pushed (as tests/api-fixtures.ts `apiEvaluation`,
 * with the recording). Answers its id and the check bound.
 */
export async function apiEvaluationWithCall(
	shopper: Person,
	campaignId: string,
	recording: Recording,
	moment: AudioRange
): Promise<{ id: string; checkId: string }> {
	const device = shopper.client.key ?? (await shopper.client.registerDevice());
	const campaign = teamCampaign(campaignId);
	const id = crypto.randomUUID();
	const start = Date.now() - 600_000;
	const ctx = (ms: number): EditContext => ({ at: start + ms, by: device.deviceId });
	let record = newEvaluation(
		{
			id,
			campaignId,
			evaluator: shopper.name,
			channel: 'phone',
			scenario: '카드 분실 신고',
			timeSlot: 'morning'
		},
		ctx(0)
	);
	const checks = readRecord(record, campaign, start, catalog).score.incomplete;
	checks.forEach((c, i) => {
		record = answer(record, c, 'met', ctx((i + 1) * 1000));
	});
	const checkId = checks[0]!;
	record = addRecording(record, recording, ctx(200_000));
	record = bindMoment(
		record,
		{ id: crypto.randomUUID(), checkId, recordingId: recording.id, ...moment },
		ctx(201_000)
	);
	const score = readRecord(record, campaign, start, catalog).score;
	const done = finalize(record, score, campaign, ctx(300_000));
	if (!done.ok) throw new Error(`cannot finalize: ${JSON.stringify(done.issues)}`);
	const [result] = (await shopper.client.push([done.evaluation])).results;
	if (result?.status !== 201) throw new Error(`push refused: ${JSON.stringify(result)}`);
	return { id, checkId };
}

/**
 * Answers the campaign's programme as the team server does, with `patch` applied to each
 * dispute (what the server's dispute handlers add, until they land: the range, shared clips).
 */
export async function patchDisputes(
	page: Page,
	patch: (d: Dispute) => Dispute,
	seen: (d: Dispute) => void = () => undefined
) {
	await page.route('**/api/v1/campaigns/*/programme', async (route) => {
		const response = await route.fetch();
		const snapshot = (await response.json()) as { disputes?: Dispute[] };
		snapshot.disputes = (snapshot.disputes ?? []).map((d) => {
			seen(d);
			return patch(d);
		});
		await route.fulfill({ response, json: snapshot });
	});
}
