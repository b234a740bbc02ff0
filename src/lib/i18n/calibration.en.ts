import type { Widen } from './messages';
import type { calibrationKo } from './calibration.ko';

/** English messages of the calibration screens. */
export const calibrationEn: Widen<typeof calibrationKo> = {
	homeLink: 'Calibration sessions',
	homeHint: 'Several raters score the same contact on their own to align their judgement',
	list: {
		title: 'Calibration sessions',
		intro:
			'In a calibration session two or more raters score the same contact (a recording or a call made together) blind; once the session is closed, everybody sees the agreement per check.',
		newSession: 'New session',
		empty: 'No calibration session yet.',
		emptyCoordinator: 'A coordinator creates one with “New session”.',
		open: 'Open',
		closed: 'Closed',
		progress: (rated: number, total: number) => `Rated by me: ${rated}/${total}`,
		raters: (names: string) => `Raters: ${names}`,
		loading: 'Loading…'
	},
	form: {
		title: 'New calibration session',
		campaign: 'Campaign',
		noCampaign: 'You coordinate no campaign. Only a coordinator can create a calibration session.',
		sessionTitle: 'Session title',
		contacts: 'Contacts',
		contactHint:
			'Describe each contact so the raters know which one it is: a recording’s file name, or the time of the call made together.',
		contactLabel: (n: number) => `Contact ${n} description`,
		addContact: 'Add a contact',
		removeContact: (n: number) => `Remove contact ${n}`,
		raters: 'Raters (two or more)',
		ratersHint: 'Chosen among the campaign’s shoppers and coordinators.',
		noMembers: 'The campaign has no raters yet.',
		create: 'Create session',
		creating: 'Creating…',
		needTitle: 'Give the session a title.',
		needContact: 'Describe at least one contact.',
		needRaters: 'Choose at least two raters.'
	},
	rate: {
		blind:
			'Blind rating: the other raters’ answers are shown only after the coordinator closes the session. Until then nobody, the coordinator included, sees anybody’s answers, only how many contacts each has rated.',
		contact: (n: number) => `Contact ${n}`,
		contactsLabel: 'Contact to rate',
		answered: (n: number, total: number) => `${n}/${total} checks`,
		notRater: 'You are not a rater of this session.',
		saved: 'Saved',
		saving: 'Sending…',
		unsent:
			'Some answers are not sent yet. Keep this screen open: they are sent as soon as the connection is back.',
		retry: 'Send again',
		clearHint: 'Tap a chosen answer again to clear it (unanswered).',
		closedNote: 'The session is closed: answers can no longer change.',
		results: 'See the results',
		progressTitle: 'Progress',
		progress: (name: string, rated: number, total: number) => `${name}: ${rated}/${total}`,
		close: 'Close the session',
		closeConfirm:
			'Once closed nobody can change their answers, and everybody sees each other’s answers and the results. Close it?',
		closeYes: 'Close',
		closeNo: 'Cancel',
		closing: 'Closing…'
	},
	results: {
		title: 'Calibration results',
		overall: 'Overall (every check)',
		perCheck: 'Agreement per check',
		perCheckHint:
			'Agreement: the share of the same answers over contacts answered by two or more raters; N/A and unanswered are left out. κ is used when two raters answered every contact, α with three or more raters or missing answers.',
		percent: (p: string) => `${p}% agree`,
		units: (n: number) => `${n} contacts`,
		kappa: 'κ',
		alpha: 'α',
		interval: (low: string, high: string) => `95% interval ${low} to ${high}`,
		noValue: 'cannot be computed',
		noUnits: 'not answered by two raters',
		reading: {
			poor: 'Less than chance agreement',
			slight: 'Slight agreement beyond chance',
			fair: 'Fair agreement beyond chance',
			moderate: 'Moderate agreement beyond chance',
			substantial: 'Substantial agreement beyond chance',
			'almost-perfect': 'Almost perfect agreement',
			reliable: 'Reliable (α ≥ 0.8)',
			tentative: 'Tentative only (0.667 ≤ α < 0.8)',
			unreliable: 'Unreliable (α < 0.667)'
		},
		undefinedKappa: 'Everybody gave one and the same answer: κ is undefined',
		ratersTitle: 'Calibration per rater',
		ratersHint:
			'Consensus score = the mean of the raters’ agent sheet totals for the contact. A rater is calibrated when every contact is within ±10 points of it.',
		meanDeviation: (d: string) => `${d} points from consensus on average`,
		within: (p: string) => `${p}% within ±10`,
		contactsRated: (n: number) => `${n} contacts`,
		calibrated: 'Calibrated',
		notCalibrated: 'Needs calibration',
		noScores: 'No score to compare',
		scoresTitle: 'Totals per contact',
		consensus: 'Consensus',
		showAnswers: 'Answers per rater',
		notClosed: 'The session is still open. The results appear once the coordinator closes it.',
		unrated: (n: number) => `${n} checks not answered by two raters are left out.`,
		pooledUnits: (n: number) => `${n} check × contact pairs`,
		back: 'Back to the session'
	},
	offline: 'You are offline. Calibration sessions open only while connected to the team server.',
	notLinked: 'Calibration sessions are for team members signed in to the team server.',
	errors: {
		closed: 'The session is closed: answers can no longer change.',
		open: 'The results are shown once the session is closed.',
		forbidden: 'You are not part of this session.'
	}
};
