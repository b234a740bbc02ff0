// PLACEHOLDER until phone storage for recordings lands (replaced by its own module).
/** Where the audio of a recording can be played from on this device, or why it cannot. */
export type AudioSource =
	| { ok: true; url: string; kind: 'original' | 'copy'; release: () => void }
	| { ok: false; reason: 'expired' | 'offline' | 'not-allowed' | 'missing' };

/**
 * The audio of an evaluation's recording for this reader: the shopper's own original when this
 * phone holds it, else the shared copy (stored, or fetched from the team server and kept).
 */
export async function audioFor(evaluationId: string, recordingId: string): Promise<AudioSource> {
	void evaluationId;
	void recordingId;
	return { ok: false, reason: 'missing' };
}
