/**
 * Applying an import plan: every campaign, evaluation (with its summary row), photo and kept
 * conflict in one transaction, so an import lands whole or not at all. Photos are stored under
 * their evaluation (see photos.ts) and never replace a stored one.
 */
import type { ExistingRecords, ImportPlan } from '$lib/domain/exchange';
import { base64ToBytes } from '$lib/domain/exchange';
import type { Campaign } from '$lib/domain/record';
import { listCampaigns } from './campaigns';
import { conflictKeys } from './conflicts';
import { withDb } from './db';
import { listEvaluations } from './evaluations';
import { queueInTx } from './outbox';
import { photoRow } from './photos';
import { summaryAt } from '$lib/domain/summarize';

/** What this device already holds, for planning an import. */
export async function existingRecords(): Promise<ExistingRecords> {
	const [evaluations, campaigns, conflicts] = await Promise.all([
		listEvaluations(),
		listCampaigns(),
		conflictKeys()
	]);
	return {
		evaluations: new Map(evaluations.map((e) => [e.id, e])),
		campaigns: new Map(campaigns.map((c) => [c.id, c])),
		conflicts
	};
}

/**
 * Writes the plan's records in one transaction. A campaign whose template changed re-scores
 * only drafts: final evaluations keep the template they were finalised under (`scoredWith`),
 * and their summary rows are rewritten so the list and the scorecard agree.
 */
export async function applyImport(plan: ImportPlan, now: number): Promise<void> {
	const { writes } = plan;
	// Everything is computed before the transaction: nothing but IndexedDB may be awaited inside.
	const campaigns = new Map<string, Campaign>((await listCampaigns()).map((c) => [c.id, c]));
	for (const c of writes.campaigns) campaigns.set(c.id, c);
	const changed = new Set(writes.campaigns.map((c) => c.id));
	const live = writes.evaluations.filter((e) => !e.deleted);
	const gone = writes.evaluations.filter((e) => e.deleted).map((e) => e.id);
	const writtenIds = new Set(writes.evaluations.map((e) => e.id));
	const resummarised = changed.size
		? (await listEvaluations()).filter((e) => changed.has(e.campaignId) && !writtenIds.has(e.id))
		: [];
	const summaries = [...live, ...resummarised].map((e) => {
		const campaign = campaigns.get(e.campaignId);
		if (!campaign) throw new Error(`campaign ${e.campaignId} of evaluation ${e.id} is missing`);
		return summaryAt(e, campaign, now);
	});
	const photos = writes.photos.map((p) =>
		photoRow({
			id: p.id,
			evaluationId: p.evaluationId,
			blob: new Blob([base64ToBytes(p.dataBase64)], { type: p.mimeType }),
			mimeType: p.mimeType,
			width: p.width,
			height: p.height,
			createdAt: p.createdAt ?? now
		})
	);
	await withDb(async (db) => {
		const tx = db.transaction(
			['campaigns', 'evaluations', 'summaries', 'photos', 'conflicts', 'outbox'],
			'readwrite'
		);
		const photoStore = tx.objectStore('photos');
		const goneRows = await Promise.all(
			gone.map((id) => photoStore.index('evaluationId').getAllKeys(id))
		);
		const present = await Promise.all(photos.map((p) => photoStore.getKey(p.id)));
		await Promise.all([
			...writes.campaigns.map((c) => tx.objectStore('campaigns').put(c)),
			...live.map((e) => tx.objectStore('evaluations').put(e)),
			...live.map((e) => queueInTx(tx.objectStore('outbox'), e, now)),
			...summaries.map((s) => tx.objectStore('summaries').put(s)),
			// A deletion from elsewhere removes the record, its row and its photos.
			...gone.map((id) => tx.objectStore('evaluations').delete(id)),
			...gone.map((id) => tx.objectStore('summaries').delete(id)),
			...goneRows.flat().map((key) => photoStore.delete(key)),
			...photos.filter((_, i) => present[i] === undefined).map((p) => photoStore.put(p)),
			...writes.conflicts.map((c) => tx.objectStore('conflicts').put(c)),
			tx.done
		]);
	});
}
