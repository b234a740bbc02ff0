/** Follow-up requests (callbacks, e-mails) and their outcomes: pure edits of an evaluation. */
import type { Campaign } from '../record/campaign';
import type { Evaluation, FollowUp } from '../record/evaluation';
import { applyAnswer } from '../record/answers';
import { followUpAnswers, hasPendingFollowUp } from '../scoring/follow-up';

/** Adds a follow-up request. */
export function addFollowUp(e: Evaluation, followUp: FollowUp, at: number): Evaluation {
	return {
		...e,
		followUps: [...e.followUps, followUp],
		changeLog: [
			...e.changeLog,
			{ at, field: `followUp:${followUp.id}`, old: null, new: followUp.kind }
		],
		updatedAt: at
	};
}

/** Records when the callback or answer came (or clears it with `respondedAt` undefined). */
export function setFollowUpResponse(
	e: Evaluation,
	id: string,
	respondedAt: number | undefined,
	at: number
): Evaluation {
	const old = e.followUps.find((f) => f.id === id);
	if (!old) return e;
	const updated: FollowUp = { ...old };
	if (respondedAt === undefined) delete updated.respondedAt;
	else updated.respondedAt = respondedAt;
	return {
		...e,
		followUps: e.followUps.map((f) => (f.id === id ? updated : f)),
		changeLog: [
			...e.changeLog,
			{
				at,
				field: `followUp:${id}`,
				old: old.respondedAt ?? null,
				new: respondedAt ?? null
			}
		],
		updatedAt: at
	};
}

/** Removes a follow-up request recorded by mistake. */
export function removeFollowUp(e: Evaluation, id: string, at: number): Evaluation {
	const old = e.followUps.find((f) => f.id === id);
	if (!old) return e;
	return {
		...e,
		followUps: e.followUps.filter((f) => f.id !== id),
		changeLog: [...e.changeLog, { at, field: `followUp:${id}`, old: old.kind, new: null }],
		updatedAt: at
	};
}

/**
 * Applies what the follow-ups have decided at `now` to their checks (A1-06 callbacks, A1-05
 * e-mail): a missed deadline becomes 'not met'. An evaluation awaiting follow-up becomes final
 * once nothing is pending. Returns `e` itself when nothing changes.
 */
export function applyFollowUpOutcomes(e: Evaluation, campaign: Campaign, now: number): Evaluation {
	let next = e;
	for (const s of followUpAnswers(e, campaign, now)) {
		if (next.answers[s.checkId]?.value === s.value) continue;
		next = applyAnswer(next, s.checkId, { value: s.value, note: s.reason.ko }, now);
	}
	if (next.status === 'awaiting-follow-up' && !hasPendingFollowUp(next, campaign, now)) {
		next = {
			...next,
			status: 'final',
			changeLog: [
				...next.changeLog,
				{ at: now, field: 'status', old: 'awaiting-follow-up', new: 'final' }
			],
			updatedAt: now
		};
	}
	return next;
}
