import type { Widen } from './messages';
import type { momentsKo } from './moments.ko';

/** English messages of the call player, a check's moments and a dispute's stretch of the call. */
export const momentsEn: Widen<typeof momentsKo> = {
	player: 'Call recording',
	play: 'Play',
	pause: 'Pause',
	back5: 'Back 5 seconds',
	back5Short: '−5 s',
	seek: 'Position',
	loading: 'Opening the recording…',
	time: (now: string, total: string) => `${now} / ${total}`,
	unavailable: {
		expired: 'The recording was deleted after its retention period',
		offline: 'Offline: the recording cannot be fetched',
		'not-allowed': 'You may not hear this recording',
		missing: 'The recording is not on this device',
		unplayable: 'This recording cannot be played'
	},
	bind: 'This moment',
	bindHint: (check: string) => `Binds the position ±5 s as evidence for ${check}`,
	bindFailed: (reason: string) => `The moment was not bound: ${reason}`,
	moments: 'Moments in the recording',
	playRange: (range: string) => `Play ${range}`,
	stopRange: (range: string) => `Stop ${range}`,
	adjust: 'Adjust',
	adjustLabel: (range: string) => `Adjust ${range}`,
	remove: 'Remove',
	removeLabel: (range: string) => `Remove the moment ${range}`,
	startEarlier: 'Start −1 s',
	startLater: 'Start +1 s',
	endEarlier: 'End −1 s',
	endLater: 'End +1 s',
	printed: (range: string) => `Recording ${range}`,
	dispute: {
		range: 'Disputed stretch (optional)',
		rangeHint: "Times in the shopper's recording, not the center's. Example: 1:05 – 1:20",
		from: 'From (m:ss)',
		to: 'To (m:ss)',
		badClock: 'Enter times as minutes:seconds (e.g. 1:05).',
		needBoth: 'Enter both the start and the end of the disputed stretch.',
		endAfterStart: 'The disputed stretch must end after it starts.',
		tooLong: 'The disputed stretch is beyond the longest recording (1 hour).',
		disputedRange: (range: string) => `Disputed stretch ${range}`,
		checkMoments: "This check's moments",
		noRecording: "This evaluation's recording is not on this device. Sync and open it again.",
		share: 'Share with the center',
		shareLabel: (range: string) => `Share ${range} with the center`,
		sharing: 'Sharing…',
		shared: 'Shared',
		shareFailed: (reason: string) => `Not shared: ${reason}`,
		clips: 'Stretches shared with the center',
		clip: (range: string) => `Shared stretch ${range}`,
		sharedBy: (who: string, when: string) => `${who} · ${when}`
	}
};
