/**
 * Why a recording could not be attached, re-muted or played: each kind has a sentence in the
 * UI language (src/lib/i18n/recording-store.*.ts); storage failures stay StorageErrors.
 */
export type RecordingErrorKind =
	/** The file is not a sound file the app takes. */
	| 'not-audio'
	/** The file is larger than MAX_ORIGINAL_BYTES. */
	| 'too-large'
	/** The sound lasts longer than MAX_RECORDING_MS. */
	| 'too-long'
	/** The browser could not decode the file (damaged, or a codec it lacks, e.g. AMR). */
	| 'decode'
	/** The file decodes to no sound at all. */
	| 'empty'
	/** The same file is already attached to this evaluation. */
	| 'duplicate'
	/** The evaluation cannot be edited (final, or read-only here). */
	| 'not-editable'
	/** The recording is not (or no longer) attached. */
	| 'unknown-recording'
	/** New muted stretches need the original, which only the shopper's phone holds. */
	| 'no-original'
	/** A muted stretch outside the recording, or ending before it starts. */
	| 'bad-mutes';

export class RecordingError extends Error {
	constructor(
		readonly kind: RecordingErrorKind,
		message: string,
		options?: { cause?: unknown }
	) {
		super(message, options);
		this.name = 'RecordingError';
	}
}
