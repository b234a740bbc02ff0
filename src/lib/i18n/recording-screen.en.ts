import type { Widen } from './messages';
import type { recordingScreenKo } from './recording-screen.ko';

/** English messages of the call-recording screen and the share page. */
export const recordingScreenEn: Widen<typeof recordingScreenKo> = {
	title: 'Call recording',
	intro:
		'Attach the call recording to listen along its waveform and measure the IVR from the audio. The original file stays on this phone only.',
	linkFromIvr: 'Measure from a recording',
	linkCount: (n: number) =>
		n === 0 ? 'no recording' : n === 1 ? '1 recording' : `${n} recordings`,
	back: 'Back to the evaluation',
	readOnly: 'This evaluation cannot be edited: recordings cannot be attached or changed.',
	list: 'Attached recordings',
	none: 'No recording attached yet.',
	via: { share: 'Shared in', file: 'Picked from files', recorded: 'Recorded on this device' },
	duration: (clock: string) => `Length ${clock}`,
	open: 'Open',
	remove: 'Remove recording',
	removeConfirm: 'Detach this recording from the evaluation? The moments bound to it go too.',
	expired: 'The retention period ended and the recording was deleted',
	unavailable: {
		offline: 'Offline: the recording cannot be loaded. Open it again once connected.',
		'not-allowed': 'You may not hear this recording.',
		missing: 'This device does not hold the recording file.',
		expired: 'The retention period ended and the recording was deleted'
	},
	attach: {
		title: 'Attach a recording',
		pick: 'Pick a recording file',
		pickHint: 'Phone call recordings (m4a, amr, 3gp), wav, mp3, webm, ogg',
		adding: 'Attaching…',
		added: (name: string) => `Attached '${name}'.`,
		notAudio: (name: string) => `'${name}' is not a sound file. Pick the call recording.`,
		tooLong: 'The recording is longer than an hour. Cut it to the call and attach that.',
		undecodable: (name: string) =>
			`This browser cannot open '${name}': the file is damaged or in a format it does not read.`,
		failed: (reason: string) => `Could not attach: ${reason}`
	},
	recorder: {
		title: 'Record on a second device',
		hint: 'Put the call on speaker and record it with this device. The phone placing the call cannot record it.',
		start: 'Start recording',
		stop: 'Stop recording',
		recording: 'Recording',
		elapsed: 'Recording time',
		unsupported: 'This browser cannot record. Pick a recording file instead.',
		denied: 'The microphone cannot be used. Allow it in the browser settings.',
		fileName: (stamp: string) => `Recording ${stamp}`
	},
	player: {
		label: 'Recording playback',
		waveform: 'Waveform: tap or drag to move',
		play: 'Play',
		pause: 'Pause',
		back5: 'Back 5 s',
		forward5: 'Forward 5 s',
		speed: 'Playback speed',
		position: 'Position',
		loading: 'Loading the recording…'
	},
	analysis: {
		title: 'Measure the IVR from the recording',
		run: 'Analyse',
		again: 'Analyse again',
		running: 'Analysing…',
		progress: 'Analysis progress',
		failed: (reason: string) => `Could not analyse: ${reason}`,
		undecodable:
			'The recording could not be decoded, so it was not analysed. Save it in another format and attach it again.',
		empty: 'This recording holds no sound, so there is nothing to analyse.',
		manualHint: 'Without analysis you can still add events at the playhead yourself.',
		detector: (name: string) => `Detector: ${name}`
	},
	timeline: {
		title: 'Proposed timeline',
		empty: 'No events yet. Analyse, or add them at the playhead.',
		confirmed: 'Confirmed',
		confirm: 'Confirm',
		unconfirm: 'Unconfirm',
		remove: 'Remove',
		toPlayhead: 'To the playhead',
		earlier: (step: string) => `${step} s earlier`,
		later: (step: string) => `${step} s later`,
		confidence: (pct: number) => `Confidence ${pct}%`,
		add: 'Add an event at the playhead',
		addAt: (clock: string) => `Add at ${clock}`,
		key: (k: string) => `Key ${k}`,
		keyPick: 'Key pressed',
		commit: 'Confirm the timeline',
		recommit: 'Confirm the timeline again',
		committed: (n: number) => `${n} events measured from the recording are in the IVR record.`,
		nothingConfirmed: 'No event is confirmed. Tap "Confirm" on each event to keep.',
		startAsk: 'When the recording started is not known. Enter when the call began.',
		startLabel: 'Recording start',
		startInvalid: 'Enter the time as YYYY-MM-DD HH:MM:SS.',
		anchorStopwatch: 'Times laid over the stopwatch taps.',
		anchorRecording: 'Times from the recording’s start.',
		markerLabel: (name: string, clock: string) => `${name} ${clock}`
	},
	result: {
		disagreements: 'Differs from the stopwatch by more than 2 s',
		disagreement: (name: string, secs: string, later: boolean) =>
			`${name}: the recording is ${secs} s ${later ? 'later' : 'earlier'} than the stopwatch`
	},
	mutes: {
		title: 'Stretches to mute',
		explain:
			'Others hear these stretches as silence. Mark where a resident or card number was said.',
		start: 'Mute from here',
		end: 'Mute to here',
		pending: (clock: string) => `From ${clock} — set the end`,
		none: 'No muted stretch.',
		remove: (range: string) => `Remove stretch ${range}`,
		save: 'Save muted stretches',
		saved: 'Muted stretches saved.',
		invalid: 'A stretch must end after it starts.'
	},
	log: {
		recording: (name: string, clock: string) => `Recording '${name}' (${clock})`,
		removed: (name: string, moments: number) =>
			moments > 0 ? `Recording '${name}' · ${moments} bound moments` : `Recording '${name}'`,
		mutes: (ranges: string) => `Muted ${ranges}`,
		moment: (range: string) => `Recording stretch ${range}`,
		fromAudio: 'measured from the recording'
	},
	sourceAudio: 'recording',
	share: {
		title: 'Shared recording',
		ask: 'Which evaluation should it go to?',
		received: (name: string) => `Received: ${name}`,
		empty: 'No shared recording. In the phone’s call recordings, tap Share → this app.',
		noOpen: 'No evaluation in progress to attach it to. Start an evaluation first.',
		pick: 'Attach to this evaluation',
		discard: 'Discard',
		failed: 'The shared file could not be stored. Share it again.'
	}
};
