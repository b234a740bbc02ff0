// Test helpers for call recordings on the team server: a shared copy made in code (a tone at
// the copy's rate), an evaluation with it attached and a check bound to a moment, and an
// upload of the copy in parts as the phone sends it.
import { addRecording, bindMoment } from '$lib/domain/editing/recordings';
import type { Evaluation, Recording } from '$lib/domain/record';
import { COPY_RATE, encodeWav } from '$lib/domain/recording/copy';
import { ctxAt, T0 } from '$lib/testing/builders';
import type { Session } from '../server/auth/session';
import type { Db } from '../server/db';
import { parseContentRange, putBlob } from '../server/records/blobs';

export interface TestCopy {
	bytes: Uint8Array<ArrayBuffer>;
	sha256: string;
	copyId: string;
	durationMs: number;
}

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
	const d = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
	return Array.from(d, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A copy of `durationMs` of a tone at `hz` (another pitch, another hash). */
export async function toneCopy(durationMs: number, hz = 440): Promise<TestCopy> {
	const pcm = new Float32Array(Math.round((durationMs * COPY_RATE) / 1000));
	for (let i = 0; i < pcm.length; i++) pcm[i] = 0.5 * Math.sin((2 * Math.PI * hz * i) / COPY_RATE);
	const bytes = encodeWav(pcm, COPY_RATE);
	const sha256 = await sha256Hex(bytes);
	return { bytes, sha256, copyId: `sha256-${sha256}`, durationMs };
}

/** The recording a copy stands for, as the phone attaches it. */
export function recordingOf(copy: TestCopy, id = crypto.randomUUID()): Recording {
	return {
		id,
		copyId: copy.copyId,
		originalSha256: 'a'.repeat(64),
		name: '통화 녹음.m4a',
		mimeType: 'audio/mp4',
		durationMs: copy.durationMs,
		via: 'share',
		addedAt: T0,
		mutes: []
	};
}

/** `e` with the copy's recording attached and check A1-01 bound to 1.0–3.0 s of it. */
export function withRecording(e: Evaluation, copy: TestCopy, by: string): Evaluation {
	const recording = recordingOf(copy);
	const attached = addRecording(e, recording, ctxAt(T0 + 1_000, by));
	return bindMoment(
		attached,
		{
			id: crypto.randomUUID(),
			checkId: 'A1-01',
			recordingId: recording.id,
			startMs: 1_000,
			endMs: 3_000
		},
		ctxAt(T0 + 2_000, by)
	);
}

/** Uploads `bytes` as the member in parts of `partBytes` (the phone sends 256 KB); the last answer. */
export async function uploadInParts(
	db: Db,
	session: Session,
	sha256: string,
	bytes: Uint8Array,
	partBytes = 256 * 1024
) {
	let last: Awaited<ReturnType<typeof putBlob>> | undefined;
	for (let start = 0; start < bytes.length; start += partBytes) {
		const end = Math.min(bytes.length, start + partBytes) - 1;
		last = await putBlob(
			db,
			session,
			sha256,
			parseContentRange(`bytes ${start}-${end}/${bytes.length}`, end - start + 1),
			bytes.subarray(start, end + 1)
		);
	}
	return last!;
}
