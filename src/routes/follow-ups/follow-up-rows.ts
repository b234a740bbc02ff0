/** The follow-up tab's rows: every loaded evaluation's follow-ups with their status at `now`. */
import type { FollowUp } from '$lib/domain/record';
import { followUpStatus, type FollowUpStatus } from '$lib/domain/scoring';
import type { EvaluationDraft } from '$lib/state/evaluation-draft.svelte';

export interface FollowUpRow {
	draft: EvaluationDraft;
	followUp: FollowUp;
	status: FollowUpStatus;
	/** When the outcome was decided (the response, or the missed deadline); null while open. */
	decidedAt: number | null;
}

export const RECENT_MS = 7 * 86_400_000;

/** Pending rows by nearest deadline, and rows decided in the last 7 days, newest first. */
export function followUpRows(
	drafts: readonly EvaluationDraft[],
	now: number
): { pending: FollowUpRow[]; recent: FollowUpRow[] } {
	const pending: FollowUpRow[] = [];
	const recent: FollowUpRow[] = [];
	for (const draft of drafts) {
		for (const followUp of draft.evaluation.followUps) {
			const status = followUpStatus(followUp, draft.campaign, now);
			if (status.status === 'pending') {
				pending.push({ draft, followUp, status, decidedAt: null });
			} else if (status.status === 'met' || status.status === 'not-met') {
				const decidedAt = followUp.respondedAt ?? status.deadline;
				if (decidedAt !== null && decidedAt >= now - RECENT_MS && decidedAt <= now)
					recent.push({ draft, followUp, status, decidedAt });
			}
		}
	}
	pending.sort((a, b) => (a.status.deadline ?? Infinity) - (b.status.deadline ?? Infinity));
	recent.sort((a, b) => (b.decidedAt ?? 0) - (a.decidedAt ?? 0));
	return { pending, recent };
}
