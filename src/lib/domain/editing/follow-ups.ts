/**
 * Follow-up requests (callbacks, e-mails) and when they were answered. Their outcome for the
 * checks (A1-06, A1-05) is never written into answers: scoring derives it (see
 * scoring/effective.ts), so a note the shopper typed on those checks is never replaced.
 */
import type { Evaluation, FollowUp } from '../record/evaluation';
import { commit, type EditContext } from './commit';

/** Adds a follow-up request. */
export function addFollowUp(e: Evaluation, followUp: FollowUp, ctx: EditContext): Evaluation {
	if (e.followUps.some((f) => f.id === followUp.id)) return e;
	return commit(
		e,
		ctx,
		{ field: 'follow-up', ref: followUp.id, old: null, new: describeFollowUp(followUp) },
		{ followUps: [...e.followUps, followUp] }
	);
}

/**
 * Records when the callback came or the e-mail was answered (its real time, however late it
 * is entered), or clears it with `respondedAt` undefined. On a final evaluation the entry is a
 * revision and needs its reason; `lateReason` is that reason.
 */
export function recordFollowUpResponse(
	e: Evaluation,
	id: string,
	respondedAt: number | undefined,
	ctx: EditContext,
	lateReason?: string
): Evaluation {
	const old = e.followUps.find((f) => f.id === id);
	if (!old || old.respondedAt === respondedAt) return e;
	if (e.status === 'final' && !lateReason?.trim()) {
		throw new RangeError('a response recorded on a final evaluation needs a revision reason');
	}
	const updated: FollowUp = { ...old };
	if (respondedAt === undefined) delete updated.respondedAt;
	else updated.respondedAt = respondedAt;
	const followUps = e.followUps.map((f) => (f.id === id ? updated : f));
	const reason = lateReason?.trim() || undefined;
	return commit(
		e,
		ctx,
		{
			field: 'follow-up-response',
			ref: id,
			old: old.respondedAt ?? null,
			new: respondedAt ?? null,
			reason
		},
		reason
			? { followUps, status: 'final', revision: e.revision + 1, revisionReason: reason }
			: { followUps }
	);
}

/** Removes a follow-up request recorded by mistake (only while the evaluation is a draft). */
export function removeFollowUp(e: Evaluation, id: string, ctx: EditContext): Evaluation {
	const old = e.followUps.find((f) => f.id === id);
	if (!old || e.status !== 'draft') return e;
	return commit(
		e,
		ctx,
		{ field: 'follow-up-removed', ref: id, old: describeFollowUp(old), new: null },
		{ followUps: e.followUps.filter((f) => f.id !== id) }
	);
}

function describeFollowUp(f: FollowUp): Record<string, string | number | null> {
	return f.kind === 'callback'
		? { kind: 'callback', via: f.via, requestedAt: f.requestedAt, reservedAt: f.reservedAt ?? null }
		: { kind: 'email', sentAt: f.sentAt };
}
