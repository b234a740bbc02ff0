/**
 * Applying an import plan: every campaign, evaluation (with its summary row) and photo in one
 * transaction, so an import lands whole or not at all.
 */
import type { ExistingRecords, ImportPlan } from '$lib/domain/exchange';
import { base64ToBytes } from '$lib/domain/exchange';
import type { Campaign } from '$lib/domain/record';
import { summaryAt } from '$lib/domain/summary';
import { withDb } from './db';
import { getCampaign } from './campaigns';

/** What this device already holds, for planning an import. */
export async function existingRecords(): Promise<ExistingRecords> {
	return withDb(async (db) => {
		const tx = db.transaction(['evaluations', 'campaigns'], 'readonly');
		const [evaluations, campaigns] = await Promise.all([
			tx.objectStore('evaluations').getAll(),
			tx.objectStore('campaigns').getAll(),
			tx.done
		]);
		const byId = <T extends { id: string }, V>(rows: T[], pick: (row: T) => V) =>
			new Map(rows.map((r) => [r.id, pick(r)]));
		return {
			evaluations: byId(evaluations, (r) => {
				const e = r as { revision?: unknown; origin?: { importedAt: number } };
				return {
					revision: typeof e.revision === 'number' ? e.revision : 0,
					origin: e.origin
				};
			}),
			campaigns: byId(campaigns, (r) => {
				const c = r as { updatedAt?: unknown };
				return { updatedAt: typeof c.updatedAt === 'number' ? c.updatedAt : 0 };
			})
		};
	});
}

/** Writes the plan's records in one transaction. */
export async function applyImport(plan: ImportPlan, now: number): Promise<void> {
	const { writes } = plan;
	// Scores are computed before the transaction: nothing but IndexedDB may be awaited inside.
	const campaigns = new Map<string, Campaign>(writes.campaigns.map((c) => [c.id, c]));
	for (const e of writes.evaluations) {
		if (!campaigns.has(e.campaignId)) {
			const local = await getCampaign(e.campaignId);
			if (local) campaigns.set(local.id, local);
		}
	}
	const summaries = writes.evaluations.map((e) => {
		const campaign = campaigns.get(e.campaignId);
		if (!campaign) throw new Error(`campaign ${e.campaignId} of evaluation ${e.id} is missing`);
		return summaryAt(e, campaign, now);
	});
	const photos = writes.photos.map((p) => ({
		id: p.id,
		evaluationId: p.evaluationId,
		blob: new Blob([base64ToBytes(p.dataBase64)], { type: p.mimeType }),
		mimeType: p.mimeType,
		width: p.width,
		height: p.height,
		createdAt: p.createdAt ?? now
	}));
	await withDb(async (db) => {
		const tx = db.transaction(['campaigns', 'evaluations', 'summaries', 'photos'], 'readwrite');
		await Promise.all([
			...writes.campaigns.map((c) => tx.objectStore('campaigns').put(c)),
			...writes.evaluations.map((e) => tx.objectStore('evaluations').put(e)),
			...summaries.map((s) => tx.objectStore('summaries').put(s)),
			...photos.map((p) => tx.objectStore('photos').put(p)),
			tx.done
		]);
	});
}
