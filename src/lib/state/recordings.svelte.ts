/**
 * The call recordings of the evaluation being run: attaching a file (shared in, picked or
 * recorded here), changing its muted stretches and removing it, each through the draft's
 * logged edits. This version keeps the original in memory for the session and makes no shared
 * copy (the copy id is the original's hash); phone storage replaces it.
 */
import { addRecording, removeRecording, setRecordingMutes } from '$lib/domain/editing';
import { MAX_RECORDING_MS } from '$lib/domain/record/common';
import type { AudioRange, Recording } from '$lib/domain/record';
import { holdsOriginal, keepOriginal } from '$lib/recording/audio-source';
import type { EvaluationDraft } from './evaluation-draft.svelte';

export interface RecordingItem {
	recording: Recording;
	hasOriginal: boolean;
	hasCopy: boolean;
	expired: boolean;
}

export interface AttachOptions {
	name: string;
	via: Recording['via'];
	startedAt?: number;
}

/** Why a file was not attached (the screen words each). */
export class AttachError extends Error {
	constructor(
		readonly reason: 'not-audio' | 'too-long' | 'undecodable',
		readonly fileName: string
	) {
		super(`${reason}: ${fileName}`);
		this.name = 'AttachError';
	}
}

async function sha256Hex(blob: Blob): Promise<string> {
	const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', await blob.arrayBuffer()));
	return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The length of a sound file in ms, decoded by the browser (throws when it cannot be read). */
async function durationOf(blob: Blob): Promise<number> {
	const context = new OfflineAudioContext(1, 1, 8000);
	const buffer = await context.decodeAudioData(await blob.arrayBuffer());
	return Math.round(buffer.duration * 1000);
}

export class EvaluationRecordings {
	#draft: EvaluationDraft;
	#busy = $state(false);
	#error = $state<string | null>(null);
	/** Bumped when an original is kept or dropped, so `items` reads `hasOriginal` again. */
	#held = $state(0);

	constructor(draft: EvaluationDraft) {
		this.#draft = draft;
	}

	get items(): RecordingItem[] {
		void this.#held;
		return (this.#draft.evaluation.recordings ?? []).map((recording) => ({
			recording,
			hasOriginal: holdsOriginal(recording.id),
			hasCopy: false,
			expired: false
		}));
	}
	get busy(): boolean {
		return this.#busy;
	}
	get error(): string | null {
		return this.#error;
	}

	/** Attaches a sound file; returns the new recording (throws AttachError when it is not one). */
	async attach(file: Blob, options: AttachOptions): Promise<Recording> {
		this.#busy = true;
		this.#error = null;
		try {
			if (file.type && !file.type.startsWith('audio/') && !file.type.startsWith('video/'))
				throw new AttachError('not-audio', options.name);
			let durationMs: number;
			try {
				durationMs = await durationOf(file);
			} catch {
				throw new AttachError('undecodable', options.name);
			}
			if (durationMs < 1) throw new AttachError('undecodable', options.name);
			if (durationMs > MAX_RECORDING_MS) throw new AttachError('too-long', options.name);
			const hex = await sha256Hex(file);
			const recording: Recording = {
				id: crypto.randomUUID(),
				copyId: `sha256-${hex}`,
				originalSha256: hex,
				name: options.name.slice(0, 200) || 'recording',
				mimeType: (file.type || 'audio/*').slice(0, 100),
				durationMs,
				via: options.via,
				...(options.startedAt === undefined ? {} : { startedAt: options.startedAt }),
				addedAt: Date.now(),
				mutes: []
			};
			keepOriginal(recording.id, file);
			this.#held++;
			await this.#draft.editRecording((e, ctx) => addRecording(e, recording, ctx));
			return recording;
		} catch (error) {
			this.#error = error instanceof Error ? error.message : String(error);
			throw error;
		} finally {
			this.#busy = false;
		}
	}

	/** Sets the muted stretches of a recording (its shared copy would be made again). */
	async setMutes(recordingId: string, mutes: readonly AudioRange[]): Promise<void> {
		const recording = this.#draft.evaluation.recordings?.find((r) => r.id === recordingId);
		if (!recording) return;
		// Plain values only: the record is cloned into IndexedDB (a state proxy cannot be).
		const plain = mutes.map((m) => ({
			startMs: Math.round(m.startMs),
			endMs: Math.round(m.endMs)
		}));
		await this.#draft.editRecording((e, ctx) =>
			setRecordingMutes(e, recordingId, plain, recording.copyId, ctx)
		);
	}

	/** Detaches a recording (and its moments) and forgets its audio on this phone. */
	async remove(recordingId: string): Promise<void> {
		await this.#draft.editRecording((e, ctx) => removeRecording(e, recordingId, ctx));
		keepOriginal(recordingId, undefined);
		this.#held++;
	}
}
