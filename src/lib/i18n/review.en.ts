import type { Widen } from './messages';
import type { reviewKo } from './review.ko';

/** Review and release of evaluations: the coordinator's queue and panel, the shopper's return. */
export const reviewEn: Widen<typeof reviewKo> = {
	state: {
		'in-progress': 'In progress',
		waiting: 'Waiting for review',
		returned: 'Returned',
		approved: 'Approved',
		released: 'Released'
	},
	stage: {
		draft: 'In progress',
		submitted: 'Waiting for review',
		returned: 'Returned',
		revised: 'Revision waiting for review',
		approved: 'Approved',
		released: 'Released',
		disputed: 'Disputed',
		decided: 'Dispute decided'
	},
	panel: {
		title: 'Review and release',
		stateLabel: 'Review state',
		notFinal: 'Only a final evaluation can be reviewed.',
		approve: 'Approve',
		approving: 'Approving…',
		returnOpen: 'Return…',
		returnTitle: 'Return comments',
		returnHint:
			'Pick a check and write a comment. The shopper sees it beside the check on their phone.',
		checkLabel: (n: number) => `Check ${n}`,
		wholeEvaluation: 'The whole evaluation',
		commentLabel: (n: number) => `Comment ${n}`,
		addComment: 'Add a comment',
		removeComment: 'Remove this comment',
		sendReturn: 'Send back',
		returning: 'Sending…',
		cancel: 'Cancel',
		commentRequired: 'Write at least one comment.',
		releaseTitle: "Release to the center's manager",
		releaseBody: "Lets the center's manager see this approved version.",
		releaseNow: 'Release now',
		releaseOn: 'Set a date',
		releaseDate: 'Release at',
		releaseScheduled: 'Release at that time',
		releasing: 'Releasing…',
		dateRequired: 'Pick when to release (after now, within a year).',
		released: (date: string) => `Released to the center's manager · ${date}`,
		scheduled: (date: string) => `Visible to the center's manager from ${date}`,
		approvedNote: "Approved. Release it for the center's manager to see it.",
		returnedNote: 'Returned. When the shopper revises and finalizes it, it waits for review again.',
		waitingNote: 'Approve this version, or send it back with comments per check.',
		revisedNote:
			'This version was revised after a return and finalized again. Approve it or return it again.',
		history: 'Review history',
		noHistory: 'No review steps yet.',
		now: 'Now',
		version: (v: number) => `Version ${v}`
	},
	events: {
		approved: 'Approved',
		returned: 'Returned',
		released: 'Released',
		acknowledged: 'Acknowledged (center)'
	},
	who: (name: string, date: string) => `${name} · ${date}`,
	someone: 'Unknown member',
	offline: 'This needs an internet connection. Nothing was changed.',
	errors: {
		forbidden: "Only the campaign's coordinators review and release. Nothing was changed.",
		versionChanged: 'The server holds a newer version. Sync, then review again.',
		notApproved: 'Only an approved version can be released.',
		awaitingRevision:
			'A returned version cannot be approved or released. Once the shopper revises and finalizes it, it can be reviewed. Nothing was changed.',
		alreadyApproved: 'This version is already approved.',
		alreadyReleased: 'This version is already released.',
		notFinal: 'Only a final evaluation can be reviewed or released.',
		other: (message: string) => `Could not do it: ${message}`
	},
	queue: {
		title: 'Review queue',
		link: 'Review queue',
		linkCount: (n: number) => `${n} waiting for review`,
		waiting: 'Waiting for review',
		returned: 'Returned (waiting for a revision)',
		approved: 'Approved (not released)',
		empty: 'No evaluations here.',
		noCampaigns: 'You coordinate no team campaign.',
		loading: 'Loading…',
		cachedNote: 'Shows the evaluations and review steps synced to this phone.',
		open: 'Open the scorecard'
	},
	shopper: {
		returnedTitle: "Returned — the coordinator's comments",
		returnedBy: (name: string, date: string) => `${name} · ${date}`,
		whole: 'The whole evaluation',
		revise: 'Revise',
		revising: 'Opening…',
		reviseReason: (date: string) => `Revised after the review's return (${date})`,
		revisedNote: 'Address the comments in the new revision, then finalize and sync again.',
		commentTitle: "Coordinator's comment",
		commentOn: (checkId: string) => `Coordinator's comment on ${checkId}`,
		homeReturned: (n: number) => `${n} returned evaluation(s) — read the comments and revise.`,
		failed: (message: string) => `Could not start the revision: ${message}`
	}
};
