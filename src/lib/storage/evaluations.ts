/**
 * Evaluations, each written together with its summary row in one transaction so lists and
 * badges never disagree with the record. Every read is parsed (and migrated) with the
 * domain's zod schema; a record that fails is reported as corrupt, never half-shown.
 */
import { catalog } from '$lib/domain/catalog';
import { parseEvaluation, type Campaign, type Evaluation } from '$lib/domain/record';
import { buildPlan, scoreEvaluation, type ScoringPlan } from '$lib/domain/scoring';
import { summarize } from '$lib/domain/summary';
import { withDb } from './db';
import { StorageError } from './errors';
import { mapInSlices } from './slices';

const plans = new Map<string, { updatedAt: number; plan: ScoringPlan }>();

/** The scoring plan of a campaign, built once per campaign version. */
export function planOf(campaign: Campaign): ScoringPlan {
	const cached = plans.get(campaign.id);
	if (cached && cached.updatedAt === campaign.updatedAt) return cached.plan;
	const plan = buildPlan(catalog, campaign.template);
	plans.set(campaign.id, { updatedAt: campaign.updatedAt, plan });
	return plan;
}

function parseStored(row: unknown): Evaluation {
	const parsed = parseEvaluation(row, { catalog });
	if (parsed.ok) return parsed.value;
	const first = parsed.errors[0];
	throw new StorageError(
		'corrupt',
		`stored evaluation is invalid: ${first ? `${first.path}: ${first.message}` : 'unknown'}`
	);
}

/** One evaluation, or undefined. */
export async function getEvaluation(id: string): Promise<Evaluation | undefined> {
	const row = await withDb((db) => db.get('evaluations', id));
	return row === undefined ? undefined : parseStored(row);
}

/** Every evaluation of a campaign (or all of them). */
export async function listEvaluations(campaignId?: string): Promise<Evaluation[]> {
	// A cursor rather than one getAll: each record arrives (and is deserialised) in a small
	// task of its own, so a thousand records never hold the main thread in one long block.
	const rows = await withDb(async (db) => {
		const tx = db.transaction('evaluations');
		const out: unknown[] = [];
		let cursor =
			campaignId === undefined
				? await tx.store.openCursor()
				: await tx.store.index('campaignId').openCursor(IDBKeyRange.only(campaignId));
		while (cursor) {
			out.push(cursor.value);
			cursor = await cursor.continue();
		}
		await tx.done;
		return out;
	});
	// Parsed in slices for the same reason.
	return mapInSlices(rows, parseStored);
}

/** Writes an evaluation and its summary row atomically. */
export async function saveEvaluation(
	evaluation: Evaluation,
	campaign: Campaign,
	now: number
): Promise<void> {
	const summary = summarize(
		evaluation,
		campaign,
		scoreEvaluation(evaluation, planOf(campaign)),
		now
	);
	await withDb(async (db) => {
		const tx = db.transaction(['evaluations', 'summaries'], 'readwrite');
		await Promise.all([
			tx.objectStore('evaluations').put(evaluation),
			tx.objectStore('summaries').put(summary),
			tx.done
		]);
	});
}
