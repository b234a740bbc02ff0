import { evaluationEn } from './evaluation.en';
import type { Widen } from './messages';
import type { ko } from './ko';

/** English messages: same keys and signatures as Korean, checked by the compiler. */
export const en: Widen<typeof ko> = {
	evaluation: evaluationEn,
	app: {
		name: 'Contact Center Mystery Shopping',
		shortName: 'Mystery Shop',
		standard: 'KS S 1006 Customer contact center services',
		skipToContent: 'Skip to content'
	},
	nav: {
		label: 'Main menu',
		followUpBadge: (n: number) => `${n} pending`,
		evaluations: 'Evaluations',
		campaigns: 'Campaigns',
		followUps: 'Follow-ups',
		reports: 'Reports',
		settings: 'Settings'
	},
	home: {
		title: 'Evaluations',
		intro: 'Drafts, evaluations awaiting follow-up and final ones, newest first.',
		emptyTitle: 'No evaluations yet',
		emptyBody: 'Tap New evaluation above to start.',
		stepsTitle: 'How an evaluation runs',
		steps: {
			pre: 'Pre-service: channels, FAQ, callback and e-mail answer times',
			ivr: 'IVR: menu depth and time to reach an agent, with a stopwatch',
			agent: 'Consultation: 39 checks over the 11 stages of the call',
			followUp: 'Follow-ups: callback and e-mail deadlines tracked',
			review: 'Review and finalize: unanswered checks, then lock'
		}
	},
	error: {
		title: 'Something went wrong',
		body: 'This screen failed to open. Your saved data is untouched.',
		notFoundTitle: 'Page not found',
		notFoundBody: 'This address has moved or does not exist. Your saved data is untouched.',
		home: 'Back to evaluations'
	},
	database: {
		waiting:
			'Waiting for the device storage to open. If this app is open in another tab or window, close it. Saving goes on as soon as it opens.',
		blocked:
			'An older version of this app is open in another tab, so the data cannot be opened. Close that tab to continue.',
		replaced:
			'The app was updated in another tab, so this tab cannot save. What you typed is kept.',
		reload: 'Reload'
	},
	update: {
		available: 'A new version is available.',
		reload: 'Reload',
		later: 'Later',
		offlineReady: 'The app now works offline.',
		dismiss: 'Dismiss',
		appliedElsewhere: 'A new version was applied — tap Reload when you have finished.'
	},
	storageErrors: {
		conflict:
			'This evaluation was changed first in another tab or on another device, so this change was not saved, to keep from overwriting the other one. Reload to open the latest saved version.',
		quota: (usage: string) =>
			`This device's storage is full${usage ? ` (${usage})` : ''}. Export evaluations with photos and delete the photos, or export and delete old evaluations, then try again.`,
		quotaUsage: (used: string, quota: string) => `${used} of ${quota} used`,
		blocked:
			'An older version of this app is open in another tab and holds the data. Close the other tab to continue.',
		version:
			'A newer version of this app has stored data on this device. This screen is an older version and cannot open it. Reload the page to open the new version.',
		unavailable:
			"This browser does not allow the app to store data on the device. It may be a private window or site data may be turned off. Open the app in a normal window or allow this site's data in the browser settings.",
		corrupt:
			'A stored record is not in a valid shape and could not be read. Other records are unchanged. If you have an exported file, restore it with import.',
		unknown: (detail: string) =>
			`The device storage reported an error (${detail}). Try again in a moment and reload the page if it persists.`
	},
	textLimit: {
		counter: (length: string, max: string) => `${length}/${max} characters`,
		reached: (max: string) =>
			`You can enter at most ${max} characters. Further characters are not added.`,
		cut: (max: string) =>
			`The pasted text was longer than ${max} characters and was cut at ${max}. The cut-off end was not saved.`
	}
};
