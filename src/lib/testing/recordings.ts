// Test evaluations with a call recording attached: the recording, its original file and its
// real shared copy (made by the browser from a WAV of tones).
import { addRecording } from '$lib/domain/editing';
import type { Evaluation, Recording } from '$lib/domain/record';
import { makeCopy, sha256Hex, type MadeCopy } from '$lib/recording/copy-maker';
import { toneWav } from './audio';
import { T0 } from './builders';
import { testUuid } from './prng';

export interface Recorded {
	evaluation: Evaluation;
	recording: Recording;
	original: Blob;
	copy: MadeCopy;
	/** The copy's hex SHA-256 (its blob name on the team server). */
	hex: string;
}

/** `e` with a recording of `ms` of tone attached (by `by`, logged like the screen does it). */
export async function withRecording(e: Evaluation, ms = 1500, by = 'd-test'): Promise<Recorded> {
	const original = toneWav([{ hz: 500, ms }], 16_000);
	const copy = await makeCopy(original, []);
	const recording: Recording = {
		id: testUuid(e.version + 70, 0xae),
		copyId: copy.copyId,
		originalSha256: await sha256Hex(original),
		name: '통화.wav',
		mimeType: 'audio/wav',
		durationMs: copy.durationMs,
		via: 'file',
		addedAt: T0 + 1,
		mutes: []
	};
	const evaluation = addRecording(e, recording, { at: T0 + 1, by });
	return { evaluation, recording, original, copy, hex: copy.copyId.slice('sha256-'.length) };
}
