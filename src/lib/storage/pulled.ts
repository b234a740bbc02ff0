/**
 * Storing what the team server sent, a page at a time: each pulled version replaces the local
 * copy with its summary row (a tombstone removes the summary, photos and recording audio), and
 * an outbox row for the same or an older version is dropped, since the server holds it.
 */
import { catalog } from '$lib/domain/catalog';
import { parseCampaign, parseEvaluation, type Evaluation } from '$lib/domain/record';
import { summaryAt } from '$lib/domain/summarize';
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
		const campaigns = new Map<string, ReturnType<typeof parseCampaign> | undefined>();
		const writes: Promise<unknown>[] = [];
		for (const evaluation of evaluations) {
			if (!campaigns.has(evaluation.campaignId)) {
				const row = await tx.objectStore('campaigns').get(evaluation.campaignId);
				campaigns.set(evaluation.campaignId, row === undefined ? undefined : parseCampaign(row));
			}
			const campaign = campaigns.get(evaluation.campaignId);
			writes.push(tx.objectStore('evaluations').put(evaluation));
			if (evaluation.deleted) {
				writes.push(tx.objectStore('summaries').delete(evaluation.id));
				const keys = await tx.objectStore('photos').index('evaluationId').getAllKeys(evaluation.id);
				for (const key of keys) writes.push(tx.objectStore('photos').delete(key));
				const audio = await tx
					.objectStore('recordings')
					.index('evaluationId')
					.getAllKeys(evaluation.id);
				for (const key of audio) writes.push(tx.objectStore('recordings').delete(key));
			} else if (campaign?.ok) {
				writes.push(tx.objectStore('summaries').put(summaryAt(evaluation, campaign.value, now)));
			}
			const queued = await tx.objectStore('outbox').get(evaluation.id);
			if (queued && queued.version <= evaluation.version) {
				writes.push(tx.objectStore('outbox').delete(evaluation.id));
			}
		}
		for (const { id, releasedAt } of releases) {
			const key = releaseKey(id);
			writes.push(
				releasedAt === undefined
					? tx.objectStore('meta').delete(key)
					: tx.objectStore('meta').put({ id: key, releasedAt } as { id: string })
			);
		}
		await Promise.all([...writes, tx.done]);
	});
}
