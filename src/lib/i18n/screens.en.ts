import type { Widen } from './messages';
import { momentsEn } from './moments.en';
import { recordingStoreEn } from './recording-store.en';
import { recordingScreenEn } from './recording-screen.en';
import type { screensKo } from './screens.ko';

/** English messages of the campaign, follow-up, reports-landing and settings screens. */
export const screensEn: Widen<typeof screensKo> = {
	moments: momentsEn,
	recordingStore: recordingStoreEn,
	recordingScreen: recordingScreenEn,
	campaigns: {
		title: 'Campaigns',
		intro:
			"Each contact center you evaluate is a campaign: it keeps the center's name, phone numbers, e-mail, web, chat and SNS channels, its published e-mail answer time and the scoring template.",
		emptyTitle: 'No campaigns yet',
		emptyBody: 'Tap Add campaign above to register the first center.',
		add: 'Add campaign',
		newTitle: 'New campaign',
		editTitle: 'Edit campaign',
		save: 'Save',
		cancel: 'Cancel',
		saved: 'Saved.',
		delete: 'Delete campaign',
		deleteConfirm: 'Delete this campaign? This cannot be undone.',
		deleteRefused: 'This campaign has evaluations and cannot be deleted.',
		notFound: 'This campaign does not exist here.',
		loadFailed: (reason: string) => `Could not load: ${reason}`,
		saveFailed: (reason: string) => `Could not save: ${reason}`,
		invalid: 'Please check the highlighted fields.',
		center: 'Center',
		centerName: 'Center name',
		phoneNumbers: 'Phone numbers',
		phoneNumbersHint: 'One per line.',
		email: 'E-mail',
		web: 'Website',
		channels: 'Chat, SNS and other channels',
		channelKind: 'Kind',
		channelName: 'Name',
		channelAddress: 'Address (optional)',
		addChannel: 'Add channel',
		removeChannel: (name: string) => `Remove ${name || 'channel'}`,
		channelKinds: {
			chat: 'Chat',
			sns: 'SNS',
			sms: 'SMS',
			app: 'App',
			video: 'Video call',
			other: 'Other'
		},
		emailStandard: 'E-mail answer standard (hours)',
		emailStandardHint: 'The answer time the center publishes for e-mail. Leave empty if unknown.',
		template: 'Scoring template',
		templateHint: 'Starts from the KS S 1006 defaults. Changes apply to this campaign only.',
		passThreshold: 'Pass score',
		excellentThreshold: 'Excellent score',
		allowPartial: "Allow 'partially met' answers",
		criticalMode: 'When a critical check is not met',
		criticalModes: { flag: 'Flag it only', 'fail-evaluation': 'Score the evaluation 0' },
		maxMenuDepth: 'IVR maximum menu depth',
		maxGreetingSeconds: 'IVR greeting maximum (seconds)',
		serviceLevelSeconds: 'Time-to-agent standard (seconds)',
		callbackTolerance: 'Reserved callback tolerance (minutes)',
		evaluationsCount: (n: number) => `${n} evaluations`,
		phoneCount: (n: number) => `${n} phone numbers`,
		emailInvalid:
			'Enter one e-mail address like name@example.com, without spaces, commas, ?, & or %.',
		phoneInvalid: (value: string) =>
			`'${value}' is not a phone number. Use digits with +, -, brackets and spaces (e.g. 1588-1234).`,
		webInvalid: 'Enter a web address like https://www.example.com or www.example.com.'
	},
	followUps: {
		title: 'Follow-ups',
		intro: 'Tracks the deadlines of the callbacks and e-mails you requested.',
		emptyTitle: 'No follow-ups pending',
		emptyBody:
			'Callbacks and e-mail inquiries recorded during an evaluation appear here with the time left; once a deadline passes they turn into not met.'
	},
	reports: {
		title: 'Reports',
		intro:
			'Results of your evaluations: a scorecard for each, a dashboard for each campaign and results per KS S 1006 audit item.',
		emptyTitle: 'No reports yet',
		emptyBody: 'They appear here once evaluations are final.'
	},
	settings: {
		signingKey: {
			title: 'Signing key',
			body: 'Files exported from this device are signed with this key. Tell the receiver its fingerprint so they can check a file came from you.',
			fingerprint: 'Key fingerprint',
			loading: 'Preparing the key…',
			failed: (reason: string) => `Could not prepare the key: ${reason}`
		},
		title: 'Settings',
		intro:
			"The screens' language and time zone, this device's storage and data, the team server and the signing key. Everything here is kept on this device.",
		language: 'Language',
		languageHint: 'The language of the screens. Remembered on this device.',
		saveFailed:
			'This device refused to save the setting. It applies now, but the app will reopen with the previous one.',
		timeZone: 'Time zone',
		timeZoneHint: 'The time zone dates and times are shown in.',
		timeZoneSeoul: 'Seoul (Asia/Seoul)',
		timeZoneDevice: (zone: string) => `This device (${zone})`,
		storage: 'Storage',
		storagePersistent: 'Persistent: the browser will not clear this data when space runs low.',
		storageBestEffort:
			'Best effort: the browser may clear this data when the device runs low on space. Installing the app protects it.',
		storageUnknown: 'This browser does not report its storage status.',
		storageRequest: 'Request persistent storage',
		storageDenied:
			'The browser did not grant persistent storage. Install the app to your home screen and try again.',
		storageUsage: (used: string, quota: string) => `${used} used of ${quota}`,
		iosTitle: 'On iPhone and iPad',
		iosBody:
			'Safari deletes the data of a site you have not visited for 7 days. Install the app with Share → "Add to Home Screen" to keep your data.',
		about: 'About',
		version: (v: string) => `Version ${v}`,
		offlineReady: 'Ready to work offline',
		offlineNotReady: 'Preparing offline use…',
		erase: {
			title: 'Erase all data on this device',
			body: 'Evaluations are kept unencrypted in this browser’s storage (IndexedDB), protected only by the device lock. Erase everything when you hand the device on or the study is over.',
			start: 'Erase all data…',
			counting: 'Counting what is stored…',
			what: 'All of this will be erased, with no way back:',
			campaigns: (n: number) => `${n} campaigns`,
			evaluations: (n: number) => `${n} evaluations (with their change logs)`,
			photos: (n: number) => `${n} photos`,
			recordings: (n: number) => `${n} call recording files (originals and shared copies)`,
			audits: (n: number) => `${n} audit checklists`,
			key: 'This device’s signing key and device id',
			preferences: 'Preferences (language, time zone, evaluator name)',
			exportFirst: 'Export the evaluations you need first.',
			appKept: 'The app itself stays and still opens offline.',
			typeLabel: 'Type "ERASE" to confirm',
			typeWord: 'ERASE',
			confirm: 'Erase everything',
			cancel: 'Cancel',
			erasing: 'Erasing…',
			failed: (reason: string) => `Could not erase: ${reason}`
		}
	}
};
