/** Finalising and revising evaluations: draft → awaiting follow-up → final → new revision. */
import type { Campaign } from '../record/campaign';
import type { Evaluation } from '../record/evaluation';
import { FOLLOW_UP_CHECK, followUpStatus, hasPendingFollowUp } from '../scoring/follow-up';
import { finaliseIssues, type EvaluationScore } from '../scoring/score';

export type FinalizeResult =
	{ ok: true; evaluation: Evaluation } | { ok: false; issues: ReturnType<typeof finaliseIssues> };

/** Checks whose answer a pending follow-up will give (callback → A1-06, e-mail → A1-05). */
export function checksAwaitingFollowUp(
	e: Pick<Evaluation, 'followUps'>,
	campaign: Campaign,
	now: number
): Set<string> {
	const ids = new Set<string>();
	for (const f of e.followUps) {
		if (followUpStatus(f, campaign, now).status === 'pending') ids.add(FOLLOW_UP_CHECK[f.kind]);
	}
	return ids;
}

/**
 * Locks a draft: 'awaiting-follow-up' while a follow-up is pending, else 'final'. Refused
 * while an expected check is unanswered (except one a pending follow-up will answer) or a
 * partial answer is not allowed.
 */
export function finalize(
	e: Evaluation,
	score: EvaluationScore,
	campaign: Campaign,
	now: number
): FinalizeResult {
	if (e.status !== 'draft') return { ok: true, evaluation: e };
	const awaiting = checksAwaitingFollowUp(e, campaign, now);
	const issues = finaliseIssues(score).filter(
		(i) => !(i.problem === 'unanswered' && awaiting.has(i.checkId))
	);
	if (issues.length > 0) return { ok: false, issues };
	const status = hasPendingFollowUp(e, campaign, now) ? 'awaiting-follow-up' : 'final';
	return {
		ok: true,
		evaluation: {
			...e,
			status,
			changeLog: [...e.changeLog, { at: now, field: 'status', old: 'draft', new: status }],
			updatedAt: now
		}
	};
}

/** Opens a locked evaluation for editing as a new revision, with the reason recorded. */
export function reopen(e: Evaluation, reason: string, now: number): Evaluation {
	if (e.status === 'draft') return e;
	return {
		...e,
		status: 'draft',
		revision: e.revision + 1,
		revisionReason: reason,
		changeLog: [
			...e.changeLog,
			{ at: now, field: 'revision', old: e.revision, new: e.revision + 1 },
			{ at: now, field: 'status', old: e.status, new: 'draft' }
		],
		updatedAt: now
	};
}

/** Whether the evaluation can be edited here: a draft that was not imported. */
export function isEditable(e: Pick<Evaluation, 'status' | 'origin'>): boolean {
	return e.status === 'draft' && e.origin === undefined;
}
