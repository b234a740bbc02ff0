import type { Widen } from './messages';
import type { recordingKo } from './recording.ko';

/** English messages of the call-recording screens. */
export const recordingEn: Widen<typeof recordingKo> = {
	analysis: {
		decoding: 'Opening the recording',
		analysing: 'Finding the IVR moments in the recording',
		undecodable:
			'This recording cannot be opened. Check that it is a supported format (m4a, mp3, wav, webm, ogg) and choose another file. The attached file is kept as it is.',
		empty: 'The recording has no sound. Choose another file.',
		failed: (detail: string) =>
			`The recording could not be analysed (${detail}). You can still mark the moments yourself; the attached file is kept as it is.`
	}
};
