/**
 * Reads the per-evaluation summary rows (written by `evaluations.ts` in the same transaction
 * as each evaluation) for the evaluation list and the follow-up badge. Uses `zod/mini` so the
 * first screen stays small; a row that fails validation is skipped and reported, not shown
 * half-broken.
 */
import * as z from 'zod/mini';
import type { EvaluationSummary } from '$lib/domain/summary';
import { withDb } from './db';

const num = z.number();
const summarySchema = z.object({
	id: z.string(),
	campaignId: z.string(),
	centerName: z.string(),
	status: z.enum(['draft', 'awaiting-follow-up', 'final']),
	revision: num,
	channel: z.enum(['phone', 'email', 'chat', 'sms-sns']),
	scenario: z.string(),
	evaluator: z.string(),
	score: z.nullable(num),
	verdict: z.nullable(z.enum(['excellent', 'pass', 'fail'])),
	incomplete: num,
	criticalDefects: num,
	pendingDeadlines: z.array(num),
	imported: z.boolean(),
	createdAt: num,
	updatedAt: num
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
		const parsed = summarySchema.safeParse(row);
		if (parsed.success) summaries.push(parsed.data);
		else corrupt.push(String(row.id));
	}
	return { summaries, corrupt };
}
