/**
 * Reads the per-evaluation summary rows (written by `evaluations.ts` in the same transaction
 * as each evaluation): the phone's stored readings, for the lists, the follow-up badge and the
 * progress grid. Checked with the small guards of guards.ts so the first screen carries no
 * zod; a row that fails is skipped and reported, not shown half-broken. A row whose reading is
 * due (`isStale`) is read again from its record before it is returned, so every reader sees
 * the reading at this instant.
 */
import { isStale, type EvaluationSummary } from '$lib/domain/summary';
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
	scenarioId: optional(isString),
	timeSlot: optional(oneOf(['morning', 'lunch', 'afternoon', 'evening', 'night'] as const)),
	weekday: optional(oneOf(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const)),
	trust: optional(oneOf(['verified', 'unsigned', 'altered', 'unknown-signer'] as const))
});

export interface SummaryList {
	summaries: EvaluationSummary[];
	/** Ids of rows that failed validation (shown as a warning, never silently dropped). */
	corrupt: string[];
}

/**
 * All summaries as they read at `now`, newest first: due rows are rebuilt from their records
 * first (the scoring code loads only then).
 */
export async function listSummaries(now = Date.now()): Promise<SummaryList> {
	const list = await readSummaries();
	const due = list.summaries.filter((s) => isStale(s, now)).map((s) => s.id);
	if (due.length === 0) return list;
	const { refreshSummaries } = await import('./evaluations');
	return (await refreshSummaries(due, now)) > 0 ? readSummaries() : list;
}

async function readSummaries(): Promise<SummaryList> {
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
