/**
 * Storing what the team server sent: a pulled version of an evaluation replaces the local
 * copy with its summary row in one transaction (a tombstone removes the summary and photos),
 * and an outbox row for the same or an older version is dropped, since the server holds it.
 */
import { catalog } from '$lib/domain/catalog';
import { parseCampaign, parseEvaluation, type Evaluation } from '$lib/domain/record';
import { summaryAt } from '$lib/domain/summarize';
import { withDb } from './db';

/** The stored copy of an evaluation, tombstones included (undefined when none or unreadable). */
export async function getStoredCopy(id: string): Promise<Evaluation | undefined> {
	const row = await withDb((db) => db.get('evaluations', id));
	if (row === undefined) return undefined;
	const parsed = parseEvaluation(row, { catalog });
	return parsed.ok ? parsed.value : undefined;
}

/** Stores a version pulled from the team server. */
export async function storePulled(evaluation: Evaluation, now: number): Promise<void> {
	await withDb(async (db) => {
		const tx = db.transaction(
			['campaigns', 'evaluations', 'summaries', 'photos', 'outbox'],
			'readwrite'
		);
		const [campaignRow, queued, photoKeys] = await Promise.all([
			tx.objectStore('campaigns').get(evaluation.campaignId),
			tx.objectStore('outbox').get(evaluation.id),
			evaluation.deleted
				? tx.objectStore('photos').index('evaluationId').getAllKeys(evaluation.id)
				: Promise.resolve([])
		]);
		const campaign = campaignRow === undefined ? undefined : parseCampaign(campaignRow);
		const writes: Promise<unknown>[] = [tx.objectStore('evaluations').put(evaluation)];
		if (evaluation.deleted) {
			writes.push(tx.objectStore('summaries').delete(evaluation.id));
			for (const key of photoKeys) writes.push(tx.objectStore('photos').delete(key));
		} else if (campaign?.ok) {
			writes.push(tx.objectStore('summaries').put(summaryAt(evaluation, campaign.value, now)));
		}
		if (queued && queued.version <= evaluation.version) {
			writes.push(tx.objectStore('outbox').delete(evaluation.id));
		}
		await Promise.all([...writes, tx.done]);
	});
}
