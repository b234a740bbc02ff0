/**
 * The call recordings of the evaluation being run, for the recording screens: attaching a file
 * (its original and shared copy stored, then the logged step), changing the muted stretches
 * (a new copy made from the original), removing one, and which audio this phone holds of each.
 * A step that fails leaves nothing half-done: no audio without the record naming it, no record
 * naming a copy that was not stored. The screen calls `load()` once when it opens.
 */
import { cleanText } from '$lib/domain/base/text';
import { addRecording, removeRecording, setRecordingMutes } from '$lib/domain/editing';
import { LIMITS, MAX_RECORDING_MS } from '$lib/domain/record/common';
import { AudioRange, type Recording } from '$lib/domain/record/evaluation';
import { COPY_MIME } from '$lib/domain/recording/copy';
import type { ScreenMessages } from '$lib/i18n';
import { formatBytes, formatDuration } from '$lib/i18n/format';
import { audioExpiredFor } from '$lib/recording/audio-retention';
import { makeCopy, MAX_ORIGINAL_BYTES, sha256Hex } from '$lib/recording/copy-maker';
import { RecordingError } from '$lib/recording/recording-error';
import {
	copyKey,
	copyRow,
	deleteAudio,
	getOriginal,
	listAudio,
	originalKey,
	originalRow,
	writeAudio
} from '$lib/storage/recordings';
import type { EvaluationDraft } from './evaluation-draft.svelte';
import { messageOf, type MessageSource } from './message-of';

export interface RecordingItem {
	recording: Recording;
	/** The file as attached is on this phone (the shopper's own). */
	hasOriginal: boolean;
	/** The shared copy is on this phone. */
	hasCopy: boolean;
	/** The retention period has passed: the audio is gone everywhere. */
	expired: boolean;
}

export interface AttachInfo {
	name: string;
	via: Recording['via'];
	/** Wall-clock instant the recording starts at, when known. */
	startedAt?: number;
}

/** File name endings taken as sound when the browser gives no type (some share sheets). */
const AUDIO_ENDINGS: Record<string, string> = {
	m4a: 'audio/mp4',
	mp4: 'audio/mp4',
	aac: 'audio/aac',
	mp3: 'audio/mpeg',
	wav: 'audio/wav',
	webm: 'audio/webm',
	ogg: 'audio/ogg',
	opus: 'audio/ogg',
	amr: 'audio/amr',
	'3gp': 'audio/3gpp'
};

/** The sound type of a file, or undefined when it is not one the app takes. */
export function audioTypeOf(file: Blob, name: string): string | undefined {
	const type = file.type.toLowerCase();
	// Phones label an m4a recording video/mp4 (and a WebM from MediaRecorder video/webm).
	if (/^(audio\/|video\/(mp4|webm|3gpp)$)/.test(type)) return file.type;
	const ending = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
	return !type || type === 'application/octet-stream' ? ending && AUDIO_ENDINGS[ending] : undefined;
}

function fail(kind: RecordingError['kind'], message: string): never {
	throw new RecordingError(kind, message);
}

export class EvaluationRecordings {
	#draft: EvaluationDraft;
	#originals = $state.raw<readonly string[]>([]);
	#copies = $state.raw<readonly string[]>([]);
	#expired = $state(false);
	#busy = $state(false);
	#error = $state.raw<Error | undefined>(undefined);

	#items = $derived.by((): RecordingItem[] =>
		(this.#draft.evaluation.recordings ?? []).map((recording) => ({
			recording,
			hasOriginal: this.#originals.includes(recording.id),
			hasCopy: this.#copies.includes(recording.copyId),
			expired: this.#expired
		}))
	);

	constructor(draft: EvaluationDraft) {
		this.#draft = draft;
	}

	get items(): RecordingItem[] {
		return this.#items;
	}
	/** A step is under way (decoding, storing). */
	get busy(): boolean {
		return this.#busy;
	}
	/** Why the last step failed (a RecordingError, a StorageError), until the next one. */
	get error(): Error | undefined {
		return this.#error;
	}

	/** Reads which audio this phone holds, and whether the retention period has passed. */
	async load(now = Date.now()): Promise<void> {
		const e = this.#draft.evaluation;
		const rows = await listAudio(e.id);
		this.#originals = rows.filter((r) => r.kind === 'original').map((r) => r.ref);
		this.#copies = rows.filter((r) => r.kind === 'copy').map((r) => r.ref);
		this.#expired = await audioExpiredFor(e.id, e.campaignId, now);
	}

	/**
	 * Attaches a recording: checks the file (a sound file, not too large, not too long), stores
	 * the original and its shared copy in one write, then commits the logged step. Undefined,
	 * with `error` set, when it could not.
	 */
	attach(file: Blob, info: AttachInfo): Promise<Recording | undefined> {
		return this.#step(async () => {
			this.#mustEdit();
			const mimeType = audioTypeOf(file, info.name) ?? fail('not-audio', 'not a sound file');
			if (file.size > MAX_ORIGINAL_BYTES) fail('too-large', 'the file is too large');
			if (file.size === 0) fail('empty', 'the file is empty');
			const originalSha256 = await sha256Hex(file);
			const e = this.#draft.evaluation;
			if (e.recordings?.some((r) => r.originalSha256 === originalSha256)) {
				fail('duplicate', 'the same file is already attached');
			}
			const copy = await makeCopy(file, []);
			const now = Date.now();
			// A start the device cannot know (a file's own date, if any) is left out, not guessed.
			const startedAt =
				info.startedAt !== undefined && Number.isFinite(info.startedAt) && info.startedAt > 0
					? Math.round(info.startedAt)
					: undefined;
			const recording: Recording = {
				id: crypto.randomUUID(),
				copyId: copy.copyId,
				originalSha256,
				name: cleanText(info.name.trim()).slice(0, LIMITS.name) || 'recording',
				mimeType: mimeType.slice(0, LIMITS.shortText),
				durationMs: Math.min(copy.durationMs, MAX_RECORDING_MS),
				via: info.via,
				...(startedAt === undefined ? {} : { startedAt }),
				addedAt: now,
				mutes: []
			};
			const stored = [
				originalRow(e.id, recording.id, new Blob([file], { type: mimeType }), now),
				copyRow(e.id, copy.copyId, new Blob([copy.bytes], { type: COPY_MIME }), now)
			];
			await writeAudio(stored);
			await this.#draft.editRecording((x, ctx) => addRecording(x, recording, ctx));
			if (!this.#find(recording.id)) {
				await deleteAudio(stored.map((r) => r.id));
				fail('not-editable', 'the evaluation cannot be edited');
			}
			return recording;
		});
	}

	/**
	 * Sets the muted stretches of a recording: a new shared copy is made from the original (only
	 * on the phone that holds it), stored, and named by the logged step; the old copy is deleted.
	 */
	async setMutes(recordingId: string, mutes: readonly AudioRange[]): Promise<boolean> {
		const done = await this.#step(async () => {
			this.#mustEdit();
			const e = this.#draft.evaluation;
			const prev = this.#find(recordingId) ?? fail('unknown-recording', 'no such recording');
			const valid = mutes.every(
				(m) => AudioRange.safeParse(m).success && m.endMs <= prev.durationMs
			);
			if (!valid) fail('bad-mutes', 'a muted stretch is outside the recording');
			const original =
				(await getOriginal(e.id, recordingId)) ?? fail('no-original', 'no original here');
			const copy = await makeCopy(original, mutes);
			const fresh = copy.copyId !== prev.copyId;
			if (fresh) {
				const blob = new Blob([copy.bytes], { type: COPY_MIME });
				await writeAudio([copyRow(e.id, copy.copyId, blob, Date.now())]);
			}
			await this.#draft.editRecording((x, ctx) =>
				setRecordingMutes(x, recordingId, mutes, copy.copyId, ctx)
			);
			if (this.#find(recordingId)?.copyId !== copy.copyId) {
				if (fresh) await deleteAudio([copyKey(e.id, copy.copyId)]);
				fail('not-editable', 'the evaluation cannot be edited');
			}
			if (fresh && !this.#named(prev.copyId)) await deleteAudio([copyKey(e.id, prev.copyId)]);
			return true;
		});
		return done === true;
	}

	/** Removes a recording (and the moments bound to it) and deletes its audio on this phone. */
	async remove(recordingId: string): Promise<boolean> {
		const done = await this.#step(async () => {
			this.#mustEdit();
			const e = this.#draft.evaluation;
			const prev = this.#find(recordingId) ?? fail('unknown-recording', 'no such recording');
			await this.#draft.editRecording((x, ctx) => removeRecording(x, recordingId, ctx));
			if (this.#find(recordingId)) fail('not-editable', 'the evaluation cannot be edited');
			const keys = [originalKey(e.id, recordingId)];
			if (!this.#named(prev.copyId)) keys.push(copyKey(e.id, prev.copyId));
			await deleteAudio(keys);
			return true;
		});
		return done === true;
	}

	#find(recordingId: string): Recording | undefined {
		return this.#draft.evaluation.recordings?.find((r) => r.id === recordingId);
	}

	/** Whether a recording of the evaluation still names the copy. */
	#named(copyId: string): boolean {
		return this.#draft.evaluation.recordings?.some((r) => r.copyId === copyId) ?? false;
	}

	#mustEdit(): void {
		if (!this.#draft.editable) fail('not-editable', 'the evaluation cannot be edited');
	}

	/** Runs a step: busy while it runs, its failure kept in `error`, the held audio re-read. */
	async #step<T>(work: () => Promise<T>): Promise<T | undefined> {
		this.#busy = true;
		this.#error = undefined;
		try {
			return await work();
		} catch (error) {
			this.#error = error instanceof Error ? error : new Error(String(error));
			return undefined;
		} finally {
			await this.load().catch(() => undefined);
			this.#busy = false;
		}
	}
}

/** A recording step's failure as a sentence in the UI language. */
export function recordingErrorText(
	error: unknown,
	t: ScreenMessages['recordingStore'],
	source: MessageSource
): string {
	if (!(error instanceof RecordingError)) return messageOf(error, source);
	if (error.kind === 'too-large') {
		return t.errors['too-large'](formatBytes(MAX_ORIGINAL_BYTES, source.locale));
	}
	if (error.kind === 'too-long') {
		return t.errors['too-long'](formatDuration(MAX_RECORDING_MS, source.locale));
	}
	return t.errors[error.kind];
}
