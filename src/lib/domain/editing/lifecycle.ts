/**
 * Finalising and revising evaluations: draft → awaiting follow-up → final → new revision;
 * re-scoring under a changed template; deletion as a tombstone.
 */
import type { Campaign } from '../record/campaign';
import type { Evaluation } from '../record/evaluation';
import type { ScoringTemplate } from '../record/template';
import { FOLLOW_UP_CHECK, followUpStatus, hasPendingFollowUp } from '../scoring/follow-up';
import { finaliseIssues, type EvaluationScore } from '../scoring/score';
import { commit, type EditContext } from './commit';

export type FinalizeResult =
	{ ok: true; evaluation: Evaluation } | { ok: false; issues: ReturnType<typeof finaliseIssues> };

/** Checks whose answer a pending follow-up will give (callback → A1-06, e-mail → A1-05). */
export function checksAwaitingFollowUp(
	e: Pick<Evaluation, 'followUps'>,
	campaign: Pick<Campaign, 'template' | 'emailAnswerStandardHours'>,
	now: number
): Set<string> {
	const ids = new Set<string>();
	for (const f of e.followUps) {
		if (followUpStatus(f, campaign, now).status === 'pending') ids.add(FOLLOW_UP_CHECK[f.kind]);
	}
	return ids;
}

/**
 * Locks a draft: 'awaiting-follow-up' while a follow-up is pending, else 'final', keeping the
 * campaign's template it is scored under. Refused while an expected check is unanswered
 * (except one a pending follow-up will answer) or a partial answer is not allowed. `score`
 * is the evaluation's effective score at `ctx.at`.
 */
export function finalize(
	e: Evaluation,
	score: EvaluationScore,
	campaign: Campaign,
	ctx: EditContext
): FinalizeResult {
	if (e.status !== 'draft' || e.deleted) return { ok: true, evaluation: e };
	const awaiting = checksAwaitingFollowUp(e, campaign, ctx.at);
	const issues = finaliseIssues(score).filter(
		(i) => !(i.problem === 'unanswered' && awaiting.has(i.checkId))
	);
	if (issues.length > 0) return { ok: false, issues };
	const status = hasPendingFollowUp(e, campaign, ctx.at) ? 'awaiting-follow-up' : 'final';
	return {
		ok: true,
		evaluation: commit(
			e,
			ctx,
			{ field: 'status', old: 'draft', new: status },
			{ status, scoredWith: structuredClone(campaign.template) }
		)
	};
}

/** Opens a locked evaluation for editing as a new revision, with the reason recorded. */
export function reopen(e: Evaluation, reason: string, ctx: EditContext): Evaluation {
	if (e.status === 'draft' || e.deleted) return e;
	return commit(
		e,
		ctx,
		{ field: 'reopen', old: e.status, new: 'draft', reason },
		{ status: 'draft', revision: e.revision + 1, revisionReason: reason, scoredWith: undefined }
	);
}

/**
 * Re-scores a finalized evaluation under `template` (a changed campaign template): an explicit
 * step a person takes, logged with the template versions and the reason.
 */
export function rescore(
	e: Evaluation,
	template: ScoringTemplate,
	reason: string,
	ctx: EditContext
): Evaluation {
	if (e.status === 'draft' || e.deleted) return e;
	return commit(
		e,
		ctx,
		{
			field: 'rescore',
			old: e.scoredWith?.version ?? null,
			new: template.version,
			reason
		},
		{ scoredWith: structuredClone(template) }
	);
}

/**
 * Deletes an evaluation: what remains is a tombstone (id, campaign, version and who deleted
 * it, when) so the deletion travels to other copies; answers, notes, photos links, the
 * agent's name and the log of their edits are gone.
 */
export function deleteEvaluation(e: Evaluation, ctx: EditContext): Evaluation {
	if (e.deleted) return e;
	const version = e.version + 1;
	return {
		schemaVersion: e.schemaVersion,
		id: e.id,
		campaignId: e.campaignId,
		version,
		baseVersion: e.version,
		deviceId: ctx.by,
		evaluator: '-',
		channel: e.channel,
		scenario: '',
		timeSlot: e.timeSlot,
		status: e.status,
		revision: e.revision,
		answers: {},
		ivr: { events: [] },
		followUps: [],
		deleted: { at: ctx.at, by: ctx.by },
		createdAt: e.createdAt,
		updatedAt: ctx.at,
		changeLog: [{ version, at: ctx.at, by: ctx.by, field: 'deleted', old: e.version, new: null }]
	};
}

/** Whether the evaluation can be edited here: a draft made here and not deleted. */
export function isEditable(e: Pick<Evaluation, 'status' | 'origin' | 'deleted'>): boolean {
	return e.status === 'draft' && e.origin === undefined && e.deleted === undefined;
}
