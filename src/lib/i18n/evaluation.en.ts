import type { evaluationKo } from './evaluation.ko';
import type { Widen } from './messages';
import { termLabels } from '../domain/scoring/labels';

/** English messages of the evaluation list, the start form and the run's frame. */
export const evaluationEn: Widen<typeof evaluationKo> = {
	start: {
		title: 'New evaluation',
		campaign: 'Campaign (center)',
		noCampaigns: 'First add the center to evaluate as a campaign.',
		addCampaign: 'Add campaign',
		channel: 'Channel',
		scenario: 'Scenario',
		scenarioHint: 'e.g. report a lost card, billing question',
		evaluator: 'Evaluator',
		evaluatorHint: 'Remembered on this device.',
		evaluatorFromAccount: 'The name of the team account signed in. You can change it.',
		timeSlot: 'Time slot',
		timeSlotHint: 'Set from the current time. You can change it.',
		begin: 'Start evaluation',
		required: 'Required.',
		failed: (reason: string) => `Could not create the evaluation: ${reason}`
	},
	list: {
		newEvaluation: 'New evaluation',
		filterAll: 'All',
		score: (n: string) => `${n} pts`,
		noScore: 'No score',
		incomplete: (n: number) => `${n} unanswered`,
		critical: (n: number) => `${n} critical`,
		imported: 'Imported',
		trust: { unsigned: 'Unsigned', altered: 'Altered file', 'unknown-signer': 'Unknown signer' },
		revision: (n: number) => `Rev. ${n}`,
		delete: 'Delete',
		deleteLabel: (what: string) => `Delete ${what}`,
		deleted: 'Evaluation deleted.',
		undo: 'Undo',
		deleteFailed: (reason: string) => `Could not delete: ${reason}`,
		corrupt: (n: number) => `${n} damaged records are not shown.`,
		verdicts: termLabels.en.verdict,
		confirmFinal:
			'A final evaluation cannot be recovered once deleted. Only for a few seconds right after, "Undo" brings it back; its photos are deleted too.',
		confirmImported:
			'An imported evaluation cannot be recovered once deleted. Only for a few seconds right after, "Undo" brings it back; its photos are deleted too.',
		confirmDelete: 'Confirm delete',
		cancelDelete: 'Cancel',
		confirmDraft:
			'This evaluation and its photos will be deleted. For a few seconds right after, "Undo" brings it back.',
		occurred: (at: string) => `Call ${at}`,
		updated: (at: string) => `Edited ${at}`,
		filterLabel: 'Show by status'
	},
	stages: {
		pre: 'Pre-service',
		ivr: 'IVR',
		agent: 'Consultation',
		'in-call': 'Other checks',
		'follow-ups': 'Follow-ups',
		review: 'Review'
	},
	stageNav: 'Evaluation steps',
	pagerNav: 'Previous and next step',
	scorecardLink: 'Open the scorecard and export',
	progress: (answered: number, total: number) => `${answered}/${total}`,
	next: (stage: string) => `Next: ${stage}`,
	previous: (stage: string) => `Back: ${stage}`,
	loading: 'Loading the evaluation…',
	notFound:
		'This evaluation does not exist here. It was deleted, or the link is from another device.',
	loadFailed: (reason: string) => `The evaluation could not be loaded: ${reason}`,
	saved: 'Saved',
	saving: 'Saving…',
	saveFailed:
		'Could not save. What you entered stays on screen and saving is retried automatically.',
	retryNow: 'Retry now',
	readOnlyFinal: 'This evaluation is final. To change it, make a new revision on the Review step.',
	readOnlyAwaiting: 'This evaluation is awaiting follow-ups. Only follow-ups can be recorded.',
	readOnlyImported: 'Imported evaluations are read-only.',
	status: termLabels.en.status,
	channels: termLabels.en.channel,
	timeSlots: termLabels.en.timeSlot,
	penElsewhere: 'This evaluation is being edited in another tab. This tab can only view it.',
	penTaken:
		'This evaluation is now being edited in another tab. What you entered here was saved; this tab can only view it now.',
	penTake: 'Edit here',
	penTaking: 'Taking over editing…',
	readOnlyHere: 'Read-only',
	notSaved: 'Not saved'
};
