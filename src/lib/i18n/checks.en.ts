import type { Widen } from './messages';
import type { checksKo } from './checks.ko';
import { termLabels } from '../domain/scoring/labels';

/** English messages of the checks screens: check cards, pre-service, agent, in-call, review. */
export const checksEn: Widen<typeof checksKo> = {
	title: 'Checks',
	answers: termLabels.en.answer,
	unanswered: termLabels.en.unanswered,
	metMeans: (text: string) => `Met = ${text}`,
	suggestion: (value: string, reason: string) => `Suggested: ${value} (${reason})`,
	acceptSuggestion: 'Accept',
	suggestionAccepted: 'Answered as suggested',
	overridden: (value: string) => `Answered differently from the suggestion (${value})`,
	details: 'Note and photos',
	detailsCount: (notes: number, photos: number) =>
		[notes > 0 ? 'note' : '', photos > 0 ? `${photos} photo${photos === 1 ? '' : 's'}` : '']
			.filter(Boolean)
			.join(' · '),
	note: 'Note',
	noteHint: 'Choose an answer first to add a note or photos.',
	noteSaveFailed: (reason: string) => `The note could not be saved: ${reason}`,
	addPhoto: 'Add photo',
	addingPhoto: 'Processing photo…',
	photo: (n: number) => `Photo ${n}`,
	removePhoto: (n: number) => `Remove photo ${n}`,
	photoMissing: 'Photo not found',
	photoTooLarge: (mb: number) => `The photo is too large. Choose one of ${mb} MB or less.`,
	photoDecodeFailed: 'This file could not be read as an image. Choose another photo.',
	photoEncodeFailed: 'The photo could not be resized. Try again.',
	photoSaveFailed: (reason: string) => `The photo could not be saved: ${reason}`,
	photoLimit: (max: number) => `A check can hold up to ${max} photos.`,
	answerFailed: (reason: string) => `The answer could not be saved: ${reason}`,
	pre: {
		intro:
			'Before you call, check as a customer: which channels the center offers, its FAQ, whether it publishes callback and e-mail answer standards, and whether its number is easy to find through 114 or a portal search.',
		channelsTitle: 'Channels of this center',
		phone: 'Phone',
		email: 'E-mail',
		web: 'Web',
		noChannels: 'The campaign lists no channels.',
		checksTitle: 'Checks',
		channelKinds: {
			chat: 'Chat',
			sns: 'Social media',
			sms: 'SMS',
			app: 'App',
			video: 'Video',
			other: 'Other'
		}
	},
	agent: {
		totalBar: 'Agent total',
		total: 'Total',
		answered: (answered: number, total: number) => `${answered}/${total} answered`,
		stageScore: 'Stage score',
		noScore: '–',
		noChecks: 'This channel has no agent checks.',
		opinion: 'Overall opinion',
		opinionHint: 'Your opinion of the whole consultation.',
		consultedAt: 'Date and time of the consultation',
		date: 'Date',
		from: 'From',
		to: 'To',
		consultedAtFromIvr: 'Filled in from the IVR timing. Correct it if it is wrong.',
		consultedAtIncomplete: 'Saved once the date and both times are filled in.',
		agentTitle: 'Agent',
		agentHint: 'You may leave these empty. They can be anonymised on export.',
		name: 'Name',
		team: 'Team',
		saveFailed: (reason: string) => `Could not save: ${reason}`
	},
	inCall: {
		intro:
			'Answer what you heard as a customer during the call: the recording notice, complaint intake and the reference number given, and so on.',
		empty: 'This channel has no checks to answer here.'
	},
	review: {
		summary: 'Score summary',
		overall: 'Overall score',
		noScore: '–',
		noScoreReason: 'Nothing applicable has been answered, so there is no score yet.',
		verdict: {
			excellent: 'Excellent',
			pass: 'Pass',
			fail: 'Fail'
		},
		thresholds: (pass: number, excellent: number) =>
			`Pass from ${pass}, excellent from ${excellent}`,
		sections: {
			pre: 'Pre-service',
			in: 'Service',
			post: 'After-service'
		},
		agentTotal: 'Agent total',
		failedByCritical: (score: string) => `Set to 0 by a critical defect (was ${score})`,
		critical: 'Critical defects',
		noCritical: 'No critical defects.',
		incompleteTitle: (n: number) => `${n} unanswered check${n === 1 ? '' : 's'}`,
		allAnswered: 'Every check is answered.',
		finalize: 'Finalize',
		finalizing: 'Finalizing…',
		finalizeHint: 'A final evaluation cannot be edited; changes need a new revision.',
		refused: 'Cannot finalize yet. Resolve these first.',
		stopwatchRunning:
			'The IVR stopwatch is still running. If the call has ended, tap "Call ended" on the IVR screen.',
		toIvr: 'Go to the IVR screen',
		confirmTitle: 'Confirm finalizing',
		confirmText:
			'Finalize this evaluation? It can then no longer be edited; changes need a new revision.',
		confirmStopwatch: 'Finalized with the stopwatch running, the call keeps no end time.',
		cancel: 'Cancel',
		problems: {
			unanswered: 'Unanswered',
			'partial-not-allowed': 'This campaign does not allow partial answers'
		},
		finalized: 'Finalized.',
		awaiting: 'Finalized. Waiting for the follow-up results.',
		finalizeFailed: (reason: string) => `Could not finalize: ${reason}`,
		status: 'Status',
		revision: (n: number) => `Revision ${n}`,
		revisionReason: (reason: string) => `Reason for revision: ${reason}`,
		reopenTitle: 'New revision',
		reopenHint:
			'To change a final evaluation, give a reason and make a new revision. The reason is kept in the change log.',
		reopenReason: 'Reason for the revision',
		reopenReasonRequired: 'A reason is required.',
		reopen: 'Make a new revision',
		reopened: (n: number) => `Revision ${n} made. You can edit it now.`,
		changeLog: (n: number) => `Change log (${n})`,
		noChanges: 'No changes recorded.',
		empty: '(none)',
		showMore: 'Show more',
		checkLabel: (id: string, text: string) => `${id} ${text}`,
		incompleteOn: (stage: string) => `Answer on ${stage}`,
		fields: {
			created: 'Evaluation started',
			answer: 'Answer',
			note: 'Note',
			evidence: 'Evidence photos',
			'no-agent': 'No agent reached (marked N/A)',
			'no-agent-undone': 'No agent reached undone',
			overallOpinion: 'Overall opinion',
			scenario: 'Scenario',
			agent: 'Agent',
			consultedAt: 'Consultation time',
			ivr: 'IVR',
			'follow-up': 'Follow-up requested',
			'follow-up-response': 'Follow-up response',
			'follow-up-removed': 'Follow-up removed',
			recording: 'Call recording attached',
			'recording-removed': 'Call recording removed',
			mutes: 'Muted stretches',
			moment: 'Moment in the recording',
			status: 'Status',
			reopen: 'Revision',
			rescore: 'Re-scored',
			'conflict-resolved': 'Conflict resolved',
			deleted: 'Deleted',
			migrated: 'Record format updated',
			legacy: 'Earlier record'
		},
		checksCount: (n: number) => `${n} checks`,
		noAgentRestored: (n: number) => `${n} checks back to their earlier answers`,
		callbackLogged: (via: string, at: string) => `Callback (${via}) · requested ${at}`,
		callbackSlot: (at: string) => `slot ${at}`,
		emailLogged: (at: string) => `E-mail enquiry · sent ${at}`,
		consultedAtLogged: (date: string, from: string, to: string) => `${date} ${from}–${to}`,
		otherCopy: (version: number) => `Other device's copy (version ${version})`,
		conflictOutcomes: {
			'kept-mine': "Kept this device's copy",
			'took-theirs': "Took the other device's answers"
		} as Record<string, string>,
		templateVersion: (v: number) => `Scoring template version ${v}`,
		recordVersion: (v: number) => `Version ${v}`,
		logReason: (reason: string) => `Reason: ${reason}`,
		photosCount: (n: number) => (n === 1 ? '1 photo' : `${n} photos`)
	},
	noAgent: {
		title: 'No agent reached?',
		body: (n: number) => `Marks the ${n} checks that need an agent N/A in one step.`,
		mark: 'No agent reached',
		marked: (n: number) => `Marked ${n} checks N/A.`,
		active: 'Marked as no agent reached: the agent checks are N/A.',
		undo: 'Undo',
		cancel: 'Undo "no agent reached"',
		undone: 'Undone.',
		failed: (reason: string) => `Could not do that: ${reason}`
	},
	howTo: {
		summary: 'How to assess this',
		both: 'Answer only from what you saw and heard as a customer; the auditor checks internal records separately.',
		evidence: 'Evidence',
		kinds: {
			observation: 'What you see and hear',
			timing: 'Timing',
			'follow-up': 'Follow-ups (callbacks, replies)',
			document: 'Internal records (auditor)'
		}
	},
	derived: (value: string, reason: string) => `Derived: ${value} (${reason})`,
	derivedHint: 'Worked out from the recorded requests. Your note stays as it is.'
};
