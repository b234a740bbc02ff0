/**
 * Which evaluations count in reports: the one definition used by the dashboard, the audit
 * view, the lists and the exports (docs/scoring.md, "One number everywhere").
 */
import type { EvaluationStatus } from '../record/evaluation';

/**
 * Statuses the shopper has finalised. An evaluation awaiting follow-up is finished as far as
 * the call goes; its pending follow-up checks carry their derived answer or stay unanswered,
 * and are scored as such. A draft is unfinished and never counts.
 */
export const REPORTED_STATUSES: readonly EvaluationStatus[] = ['awaiting-follow-up', 'final'];

/** Whether an evaluation with this status enters report statistics and shows a verdict in lists. */
export function countsInReports(status: EvaluationStatus): boolean {
	return status === 'final' || status === 'awaiting-follow-up';
}
