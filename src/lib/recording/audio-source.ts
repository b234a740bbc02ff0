// PLACEHOLDER until phone storage for recordings lands (replaced by its own module).
/** Where the audio of a recording can be played from on this device, or why it cannot. */
export type AudioSource =
	| { ok: true; url: string; kind: 'original' | 'copy'; release: () => void }
	| { ok: false; reason: 'expired' | 'offline' | 'not-allowed' | 'missing' };

/** Originals attached in this session (the placeholder keeps them in memory only). */
const originals = new Map<string, Blob>();

/** Keeps an original for this session (the placeholder's stand-in for phone storage). */
export function keepOriginal(recordingId: string, blob: Blob | undefined): void {
	if (blob) originals.set(recordingId, blob);
	else originals.delete(recordingId);
}

/** Whether this session holds the original. */
export function holdsOriginal(recordingId: string): boolean {
	return originals.has(recordingId);
}

/**
 * The audio of an evaluation's recording for this reader: the shopper's own original when this
 * phone holds it, else the shared copy (stored, or fetched from the team server and kept).
 */
export async function audioFor(evaluationId: string, recordingId: string): Promise<AudioSource> {
	void evaluationId;
	const blob = originals.get(recordingId);
	if (!blob) return { ok: false, reason: 'missing' };
	const url = URL.createObjectURL(blob);
	return { ok: true, url, kind: 'original', release: () => URL.revokeObjectURL(url) };
}
