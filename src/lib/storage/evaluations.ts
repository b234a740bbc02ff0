/**
 * Evaluations, each written together with its summary row in one transaction so lists and
 * badges never disagree with the record. Every read is parsed (and migrated) with the
 * domain's zod schema; a record that fails is reported as corrupt, never half-shown.
 * A deleted evaluation stays as a tombstone (`deleted` set, content gone; see
 * evaluation-removal.ts): every read here skips tombstones except `listTombstones`.
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

/** Whether a stored row is a tombstone: checked before parsing, so skipping costs nothing. */
function isTombstone(row: unknown): boolean {
	return typeof row === 'object' && row !== null && 'deleted' in row;
}

/** One evaluation, or undefined when there is none or it was deleted. */
export async function getEvaluation(id: string): Promise<Evaluation | undefined> {
	const row = await withDb((db) => db.get('evaluations', id));
	return row === undefined || isTombstone(row) ? undefined : parseStored(row);
}

/** Every evaluation of a campaign (or all of them), deleted ones left out. */
export async function listEvaluations(campaignId?: string): Promise<Evaluation[]> {
	return listRows(campaignId, (row) => !isTombstone(row));
}

/** The tombstones of deleted evaluations (of a campaign, or all), for passing deletions on. */
export async function listTombstones(campaignId?: string): Promise<Evaluation[]> {
	return listRows(campaignId, isTombstone);
}

async function listRows(
	campaignId: string | undefined,
	keep: (row: unknown) => boolean
): Promise<Evaluation[]> {
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
			if (keep(cursor.value)) out.push(cursor.value);
			cursor = await cursor.continue();
		}
		await tx.done;
		return out;
	});
	// Parsed in slices for the same reason.
	return mapInSlices(rows, parseStored);
}

/**
 * Writes an evaluation and its summary row atomically. A deleted evaluation is never brought
 * back by a late write (an autosave still pending when it was deleted): over a tombstone the
 * write does nothing; only an undo (`restoreEvaluation`) puts the record back.
 */
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
		const stored = await tx.objectStore('evaluations').get(evaluation.id);
		if (isTombstone(stored) && !evaluation.deleted) {
			await tx.done;
			return;
		}
		await Promise.all([
			tx.objectStore('evaluations').put(evaluation),
			tx.objectStore('summaries').put(summary),
			tx.done
		]);
	});
}
