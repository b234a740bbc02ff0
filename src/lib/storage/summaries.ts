/**
 * Reads the per-evaluation summary rows (written by `evaluations.ts` in the same transaction
 * as each evaluation) for the evaluation list and the follow-up badge. Checked with the small
 * guards of guards.ts so the first screen carries no zod; a row that fails is skipped and
 * reported, not shown half-broken.
 */
import type { EvaluationSummary } from '$lib/domain/summary';
import { withDb } from './db';
import { arrayOf, isBoolean, isNumber, isString, nullable, oneOf, optional, shape } from './guards';

/** Checks a stored summary row; undefined when it is not one. */
export const parseSummary = shape<EvaluationSummary>({
	id: isString,
	campaignId: isString,
	centerName: isString,
	status: oneOf(['draft', 'awaiting-follow-up', 'final'] as const),
	revision: isNumber,
	channel: oneOf(['phone', 'email', 'chat', 'sms-sns'] as const),
	scenario: isString,
	evaluator: isString,
	score: nullable(isNumber),
	verdict: nullable(oneOf(['excellent', 'pass', 'fail'] as const)),
	incomplete: isNumber,
	criticalDefects: isNumber,
	pendingDeadlines: arrayOf(isNumber),
	imported: isBoolean,
	createdAt: isNumber,
	updatedAt: isNumber,
	// Added later: rows written before them have no such fields.
	occurredAt: optional(isNumber),
	trust: optional(oneOf(['verified', 'unsigned', 'altered', 'unknown-signer'] as const))
});

export interface SummaryList {
	summaries: EvaluationSummary[];
	/** Ids of rows that failed validation (shown as a warning, never silently dropped). */
	corrupt: string[];
}

/** All summaries, newest first. */
export async function listSummaries(): Promise<SummaryList> {
	const rows = await withDb((db) => db.getAllFromIndex('summaries', 'updatedAt'));
	const summaries: EvaluationSummary[] = [];
	const corrupt: string[] = [];
	for (let i = rows.length - 1; i >= 0; i--) {
		const row = rows[i]!;
		const parsed = parseSummary(row);
		if (parsed) summaries.push(parsed);
		else corrupt.push(String(row.id));
	}
	return { summaries, corrupt };
}

/** True once a deadline the row was waiting for has passed: its status or score may differ. */
export function isStale(s: Pick<EvaluationSummary, 'pendingDeadlines'>, now: number): boolean {
	return s.pendingDeadlines.some((d) => d < now);
}
