import type { Widen } from './messages';
import type { recordingStoreKo } from './recording-store.ko';

/** English messages of attaching, muting and playing call recordings. */
export const recordingStoreEn: Widen<typeof recordingStoreKo> = {
	errors: {
		'not-audio': 'This is not a sound recording. Attach an m4a, mp3, wav, webm or ogg file.',
		'too-large': (max: string) => `The file is too large. Recordings up to ${max} can be attached.`,
		'too-long': (max: string) =>
			`The recording is too long. Recordings up to ${max} can be attached.`,
		decode:
			'This file cannot be played: it is damaged, or this browser does not support its format (for example AMR). Save it again as m4a or mp3 and attach that.',
		empty: 'This file holds no sound.',
		duplicate: 'The same recording is already attached to this evaluation.',
		'not-editable': 'This evaluation cannot be edited, so its recordings cannot change.',
		'unknown-recording': 'This recording is not attached to this evaluation.',
		'no-original':
			'The original recording is not on this device, so its muted stretches cannot change. Change them on the device that attached it.',
		'bad-mutes': 'A muted stretch lies outside the recording or ends before it starts.'
	},
	unavailable: {
		expired: 'The recording was deleted after its retention period',
		offline:
			'The team server cannot be reached, so the recording did not load. Try again once connected.',
		'not-allowed': 'You may not listen to this recording.',
		missing:
			'The recording file cannot be found. The device that recorded it may not have sent it yet.'
	}
};
