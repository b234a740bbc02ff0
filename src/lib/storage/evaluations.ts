/**
 * Evaluations, each written together with its summary row in one transaction so lists and
 * badges never disagree with the record. Every read is parsed (and migrated) with the
 * domain's zod schema; a record that fails is reported as corrupt, never half-shown.
 * A deleted evaluation stays as a tombstone (`deleted` set, content gone; see
 * evaluation-removal.ts): every read here skips tombstones except `listTombstones`.
 */
import { catalog } from '$lib/domain/catalog';
import { parseCampaign, parseEvaluation, type Campaign, type Evaluation } from '$lib/domain/record';
import { planOfTemplate, type ScoringPlan } from '$lib/domain/scoring';
import { summaryAt } from '$lib/domain/summarize';
import type { EvaluationSummary } from '$lib/domain/summary';
import { withDb } from './db';
import { StorageError } from './errors';
import { queueInTx } from './outbox';
import { mapInSlices } from './slices';

/** The scoring plan of a campaign's current template (drafts are scored with it). */
export function planOf(campaign: Campaign): ScoringPlan {
	return planOfTemplate(catalog, campaign.template);
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
 * Writes an evaluation and its summary row atomically. The write must continue the stored
 * record's history: a copy whose log does not contain the stored version (another tab or an
 * import wrote a different edit meanwhile) is refused as a conflict and nothing is written.
 * A deleted evaluation is never brought back by a late write (an autosave still pending when
 * it was deleted): over a tombstone the write does nothing; only an undo puts the record back.
 * The version is queued for the team server in the same transaction (outbox.ts).
 * `summary` is the row of this very record when the caller already read it (the live draft
 * does, to show it); otherwise it is built here.
 */
export async function saveEvaluation(
	evaluation: Evaluation,
	campaign: Campaign,
	now: number,
	summary: EvaluationSummary = summaryAt(evaluation, campaign, now)
): Promise<void> {
	await withDb(async (db) => {
		const tx = db.transaction(['evaluations', 'summaries', 'outbox'], 'readwrite');
		const store = tx.objectStore('evaluations');
		// The stored head is read and the new rows are sent in one go (one round trip, not
		// two): requests run in order, so the read sees the record as it was, and the
		// transaction cannot commit before the read is answered here and found to be a
		// continuation; a write that is not is undone by aborting, so nothing of it stays.
		const head = store.get(evaluation.id) as Promise<StoredHead | undefined>;
		const writes = Promise.all([
			store.put(evaluation),
			tx.objectStore('summaries').put(summary),
			queueInTx(tx.objectStore('outbox'), evaluation, now)
		]);
		const done = Promise.all([writes, tx.done]);
		let stored: StoredHead | undefined;
		try {
			stored = await head;
		} catch (error) {
			await done.catch(() => undefined);
			throw error;
		}
		const overTombstone = isTombstone(stored) && !evaluation.deleted;
		if (overTombstone || (stored && !continuesHistory(stored, evaluation))) {
			tx.abort();
			await done.catch(() => undefined);
			if (overTombstone) return;
			throw new StorageError(
				'conflict',
				`evaluation ${evaluation.id} was changed elsewhere (stored version ${String(stored?.version)})`
			);
		}
		await done;
	});
}

interface StoredHead {
	version?: unknown;
	deleted?: unknown;
	changeLog?: { version?: unknown; at?: unknown; by?: unknown; field?: unknown }[];
}

/** True when `next` is the stored record itself or a later version of the same history. */
function continuesHistory(stored: StoredHead, next: Evaluation): boolean {
	// A record stored before versions existed (schema 2) has no version: any write continues it.
	if (typeof stored.version !== 'number') return true;
	if (stored.deleted !== undefined) return false;
	if (next.deleted !== undefined) return next.version > stored.version;
	if (stored.version > next.version) return false;
	const a = stored.changeLog?.[stored.version - 1];
	const b = next.changeLog[stored.version - 1];
	return (
		a !== undefined && b !== undefined && a.at === b.at && a.by === b.by && a.field === b.field
	);
}

/**
 * Rebuilds the summary rows whose pending deadline has passed (their status or score now
 * reads differently), each with its evaluation and campaign; returns how many were rebuilt.
 */
export async function refreshSummaries(ids: readonly string[], now: number): Promise<number> {
	let n = 0;
	for (const id of ids) {
		const evaluation = await getEvaluation(id);
		if (!evaluation || evaluation.deleted) continue;
		const row = await withDb((db) => db.get('campaigns', evaluation.campaignId));
		if (!row) continue;
		const campaign = parseCampaign(row);
		if (!campaign.ok) continue;
		const summary = summaryAt(evaluation, campaign.value, now);
		await withDb((db) => db.put('summaries', summary));
		n++;
	}
	return n;
}
