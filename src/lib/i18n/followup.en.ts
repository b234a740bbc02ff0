import type { Widen } from './messages';
import type { followupKo } from './followup.ko';

/** English messages of the follow-up screens. */
export const followupEn: Widen<typeof followupKo> = {
	title: 'Follow-ups',
	readOnly: 'This evaluation was imported from another device; follow-ups are not recorded here.',
	kinds: { callback: 'Callback', email: 'E-mail answer' },
	via: { web: 'Website', ivr: 'IVR', agent: 'Agent' },
	status: {
		pending: 'Pending',
		met: 'Met',
		'not-met': 'Not met',
		'unknown-standard': 'No published standard'
	},
	callback: {
		title: 'Callback request',
		via: 'Requested via',
		requestedAt: 'Requested at',
		reserved: 'Reserved slot',
		noSlot: (h: number) => `No slot (due within ${h} h)`,
		withSlot: (m: number) => `Reserved slot (±${m} min)`,
		reservedAt: 'Slot time',
		add: 'Record callback request'
	},
	email: {
		title: 'E-mail inquiry',
		sentAt: 'Sent at',
		standard: (h: number) => `Published answer time: ${h} h`,
		noStandard: 'This center has no published e-mail answer time, so timeliness cannot be judged.',
		add: 'Record e-mail inquiry'
	},
	timeZoneHint: (zone: string) => `Time zone: ${zone}`,
	invalidTime: 'Enter a time.',
	list: 'Requests',
	empty: 'No callback or e-mail inquiry recorded.',
	requested: (at: string) => `Requested ${at}`,
	reservedFor: (at: string) => `Slot ${at}`,
	sent: (at: string) => `Sent ${at}`,
	deadline: (at: string) => `Due ${at}`,
	window: (from: string, to: string) => `Window ${from} – ${to}`,
	noDeadline: 'No deadline',
	remaining: (clock: string) => `${clock} left`,
	remainingLabel: (words: string) => `${words} left until the deadline`,
	respondedAt: (at: string) => `Received ${at}`,
	received: { callback: 'Callback received', email: 'Answer received' },
	receivedAt: 'Received at',
	save: 'Save',
	cancel: 'Cancel',
	clearResponse: 'Undo received',
	remove: 'Delete',
	removeConfirm: 'Delete this mistaken request?',
	removeYes: 'Delete it',
	checks: 'Follow-up checks',
	noChecks: 'This evaluation asks no checks on the follow-up screen.',
	tab: {
		intro:
			'Tracks the deadlines of the callbacks and e-mail answers you asked for. A missed deadline becomes not met.',
		loading: 'Loading…',
		loadFailed: (message: string) => `Could not load follow-ups: ${message}`,
		pending: 'Pending',
		emptyTitle: 'No follow-ups pending',
		emptyBody:
			'Callbacks and e-mail inquiries recorded during an evaluation appear here with the time left.',
		recent: 'Recent results (7 days)',
		open: (center: string) => `Open follow-ups of ${center}`,
		noScenario: 'No scenario',
		saveFailed: 'Could not save. Retrying shortly.'
	},
	badge: (n: number) => `${n} pending`,
	late: {
		hint: 'The evaluation is already final, so this is recorded as a new revision. The reason goes into the change log.',
		reason: 'Reason for the revision',
		reasonDefault: 'Follow-up recorded late',
		reasonRequired: 'A reason is required.',
		save: 'Save as a revision'
	},
	saveFailed: (reason: string) => `Could not save: ${reason}`,
	actualTimeHint: 'Enter when the callback or reply actually came, even if you enter it late.'
};
