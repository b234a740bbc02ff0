import type { evaluationKo } from './evaluation.ko';
import type { Widen } from './messages';

/** English messages of the evaluation list, the start form and the run's frame. */
export const evaluationEn: Widen<typeof evaluationKo> = {
	stages: {
		pre: 'Pre-service',
		ivr: 'IVR',
		agent: 'Consultation',
		'in-call': 'Other checks',
		'follow-ups': 'Follow-ups',
		review: 'Review'
	},
	stageNav: 'Evaluation steps',
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
	status: {
		draft: 'Draft',
		'awaiting-follow-up': 'Awaiting follow-up',
		final: 'Final'
	},
	channels: {
		phone: 'Phone',
		email: 'E-mail',
		chat: 'Chat / web',
		'sms-sns': 'SMS / SNS'
	},
	timeSlots: {
		morning: 'Morning',
		lunch: 'Lunch',
		afternoon: 'Afternoon',
		evening: 'Evening',
		night: 'Night'
	}
};
