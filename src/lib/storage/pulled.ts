/**
 * Storing what the team server sent, a page at a time: each pulled version replaces the local
 * copy with its summary row (a tombstone removes the summary, photos and recording audio), and
 * an outbox row for the same or an older version is dropped, since the server holds it.
 */
import { catalog } from '$lib/domain/catalog';
import { parseCampaign, parseEvaluation, type Evaluation } from '$lib/domain/record';
import { summaryAt } from '$lib/domain/summarize';
import { unwrap } from 'idb';
import { withDb } from './db';
import { releaseKey } from './releases';

/** The stored copy of an evaluation, tombstones included (undefined when none or unreadable). */
export async function getStoredCopy(id: string): Promise<Evaluation | undefined> {
	const row = await withDb((db) => db.get('evaluations', id));
	if (row === undefined) return undefined;
	const parsed = parseEvaluation(row, { catalog });
	return parsed.ok ? parsed.value : undefined;
}

/** The stored copies of several evaluations, by id (one read transaction). */
export async function getStoredCopies(ids: readonly string[]): Promise<Map<string, Evaluation>> {
	const rows = await withDb(async (db) => {
		const tx = db.transaction('evaluations');
		const found = await Promise.all(ids.map((id) => tx.store.get(id)));
		await tx.done;
		return found;
	});
	const copies = new Map<string, Evaluation>();
	for (const row of rows) {
		if (row === undefined) continue;
		const parsed = parseEvaluation(row, { catalog });
		if (parsed.ok) copies.set(parsed.value.id, parsed.value);
	}
	return copies;
}

/**
 * Stores a page of pulled versions and every pulled item's release mark in one transaction:
 * each version replaces its local copy with its summary row (a tombstone removes the summary,
 * photos and recording audio), and an outbox row for the same or an older version is dropped.
 */
export async function storePulledPage(
	evaluations: readonly Evaluation[],
	releases: readonly { id: string; releasedAt?: number }[],
	now: number
): Promise<void> {
	await withDb(async (db) => {
		const tx = db.transaction(
			['campaigns', 'evaluations', 'summaries', 'photos', 'recordings', 'outbox', 'meta'],
			'readwrite'
		);
		// Every read is asked for at once (a page is hundreds of records): the campaigns the
		// summaries are read under, the outbox rows a version may settle, a tombstone's photos.
		const campaignIds = [...new Set(evaluations.map((e) => e.campaignId))];
		const campaignRows = Promise.all(campaignIds.map((id) => tx.objectStore('campaigns').get(id)));
		const queuedRows = Promise.all(evaluations.map((e) => tx.objectStore('outbox').get(e.id)));
		const photoKeys = Promise.all(
			evaluations.map((e) =>
				e.deleted ? tx.objectStore('photos').index('evaluationId').getAllKeys(e.id) : []
			)
		);
		const campaigns = new Map(
			(await campaignRows).map((row, i) => [
				campaignIds[i]!,
				row === undefined ? undefined : parseCampaign(row)
			])
		);
		const queued = await queuedRows;
		const audioKeys = Promise.all(
			evaluations.map((e) =>
				e.deleted ? tx.objectStore('recordings').index('evaluationId').getAllKeys(e.id) : []
			)
		);
		const photos = await photoKeys;
		const audio = await audioKeys;
		// The writes go as plain requests, thousands a page with no promise each: a failed one
		// aborts the transaction, and `tx.done` rejects with its error.
		const store = (
			name: 'evaluations' | 'summaries' | 'photos' | 'recordings' | 'outbox' | 'meta'
		) => unwrap(tx.objectStore(name));
		const [records, summaries, photoStore, audioStore, outbox, meta] = [
			store('evaluations'),
			store('summaries'),
			store('photos'),
			store('recordings'),
			store('outbox'),
			store('meta')
		];
		try {
			evaluations.forEach((evaluation, i) => {
				const campaign = campaigns.get(evaluation.campaignId);
				records.put(evaluation);
				if (evaluation.deleted) {
					summaries.delete(evaluation.id);
					for (const key of photos[i]!) photoStore.delete(key);
					for (const key of audio[i]!) audioStore.delete(key);
				} else if (campaign?.ok) {
					summaries.put(summaryAt(evaluation, campaign.value, now));
				}
				const row = queued[i];
				if (row && row.version <= evaluation.version) outbox.delete(evaluation.id);
			});
			for (const { id, releasedAt } of releases) {
				const key = releaseKey(id);
				if (releasedAt === undefined) meta.delete(key);
				else meta.put({ id: key, releasedAt });
			}
		} catch (error) {
			// A request refused at once (a value that cannot be stored): nothing of the page stays.
			tx.abort();
			await tx.done.catch(() => undefined);
			throw error;
		}
		await tx.done;
	});
}
