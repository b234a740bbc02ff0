/**
 * Follow-up compliance: callbacks (A1-06) and e-mail answers (A1-05) against their deadlines.
 * Boundaries are inclusive: a response exactly at the deadline is on time.
 */
import type { Campaign } from '../record/campaign';
import type { Reason, Suggestion } from '../record/common';
import type { Evaluation, FollowUp } from '../record/evaluation';

export type FollowUpState = 'pending' | 'met' | 'not-met' | 'unknown-standard';

export interface FollowUpStatus {
	status: FollowUpState;
	/** Last on-time instant (epoch ms); null when the e-mail standard is unknown. */
	deadline: number | null;
	/** deadline − now while pending, else null. */
	remainingMs: number | null;
}

/** Which check each kind of follow-up evidences. */
export const FOLLOW_UP_CHECK = { callback: 'A1-06', email: 'A1-05' } as const;

const MIN = 60_000;
const HOUR = 3_600_000;

/** Status of one follow-up at time `now` under the campaign's template and e-mail standard. */
export function followUpStatus(
	f: FollowUp,
	campaign: Pick<Campaign, 'template' | 'emailAnswerStandardHours'>,
	now: number
): FollowUpStatus {
	const rules = campaign.template.followUp;
	let earliest = -Infinity;
	let deadline: number;
	if (f.kind === 'callback') {
		if (f.reservedAt !== undefined) {
			const tol = rules.callbackToleranceMinutes * MIN;
			earliest = f.reservedAt - tol;
			deadline = f.reservedAt + tol;
		} else {
			deadline = f.requestedAt + rules.callbackNoReservationHours * HOUR;
		}
	} else {
		const hours = campaign.emailAnswerStandardHours;
		if (hours === undefined)
			return { status: 'unknown-standard', deadline: null, remainingMs: null };
		deadline = f.sentAt + hours * HOUR;
	}
	if (f.respondedAt !== undefined) {
		const onTime = f.respondedAt >= earliest && f.respondedAt <= deadline;
		return { status: onTime ? 'met' : 'not-met', deadline, remainingMs: null };
	}
	if (now <= deadline) return { status: 'pending', deadline, remainingMs: deadline - now };
	return { status: 'not-met', deadline, remainingMs: null };
}

const REASONS: Record<'met' | 'not-met', Record<FollowUp['kind'], Reason>> = {
	met: {
		callback: { en: 'every callback came within its window', ko: '모든 콜백이 약속 시간 내에 옴' },
		email: {
			en: 'every e-mail was answered within the published standard',
			ko: '모든 이메일이 답변기준 시간 내 답변됨'
		}
	},
	'not-met': {
		callback: {
			en: 'a callback was missed, early or late',
			ko: '콜백이 없거나 약속 시간을 벗어남'
		},
		email: {
			en: 'an e-mail was not answered within the published standard',
			ko: '이메일이 답변기준 시간 내 답변되지 않음'
		}
	}
};

/**
 * Suggested answers for A1-06 (callbacks) and A1-05 (e-mail): not met once any follow-up of
 * the kind is not met; met when all are met; none while one is pending or the standard unknown.
 */
export function followUpAnswers(
	e: Pick<Evaluation, 'followUps'>,
	campaign: Pick<Campaign, 'template' | 'emailAnswerStandardHours'>,
	now: number
): Suggestion[] {
	const out: Suggestion[] = [];
	for (const kind of ['callback', 'email'] as const) {
		const statuses = e.followUps
			.filter((f) => f.kind === kind)
			.map((f) => followUpStatus(f, campaign, now).status);
		if (statuses.length === 0) continue;
		const value = statuses.includes('not-met')
			? 'not-met'
			: statuses.every((s) => s === 'met')
				? 'met'
				: null;
		if (value) out.push({ checkId: FOLLOW_UP_CHECK[kind], value, reason: REASONS[value][kind] });
	}
	return out;
}

/** True while any follow-up is still pending: the evaluation should be 'awaiting-follow-up'. */
export function hasPendingFollowUp(
	e: Pick<Evaluation, 'followUps'>,
	campaign: Pick<Campaign, 'template' | 'emailAnswerStandardHours'>,
	now: number
): boolean {
	return e.followUps.some((f) => followUpStatus(f, campaign, now).status === 'pending');
}
