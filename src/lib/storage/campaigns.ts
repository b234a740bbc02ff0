/**
 * Campaigns: the contact centers being evaluated, each with its scoring template. Parsed
 * (and migrated from older record versions) with the domain's zod schema on every read.
 */
import { catalog } from '$lib/domain/catalog';
import { compareKo } from '$lib/domain/collation';
import { rescore } from '$lib/domain/editing';
import { parseCampaign, parseEvaluation, type Campaign, type Evaluation } from '$lib/domain/record';
import { summaryAt } from '$lib/domain/summarize';
import { withDb } from './db';
import { getDeviceId } from './device';
import { StorageError } from './errors';
import { queueInTx } from './outbox';

function parseStored(row: unknown): Campaign {
	const parsed = parseCampaign(row);
	if (parsed.ok) return parsed.value;
	const first = parsed.errors[0];
	throw new StorageError(
		'corrupt',
		`stored campaign is invalid: ${first ? `${first.path}: ${first.message}` : 'unknown'}`
	);
}

/** Every campaign, by center name. */
export async function listCampaigns(): Promise<Campaign[]> {
	const rows = await withDb((db) => db.getAll('campaigns'));
	return rows.map(parseStored).sort((a, b) => compareKo(a.center.name, b.center.name));
}

/** One campaign, or undefined. */
export async function getCampaign(id: string): Promise<Campaign | undefined> {
	const row = await withDb((db) => db.get('campaigns', id));
	return row === undefined ? undefined : parseStored(row);
}

/** Why a finalized evaluation from before per-evaluation templates gets its template pinned. */
export const PIN_REASON = 'template pinned before the campaign template changed';

/**
 * Creates or replaces a campaign and, in the same transaction, rebuilds the summary rows of
 * its evaluations (center name, drafts' verdicts), so no list shows a stale copy. Finalized
 * evaluations keep the template they were finalized under; one made here before records kept
 * their template gets the campaign's previous template pinned, as a logged edit, so a changed
 * template never re-scores it behind anyone's back.
 */
export async function putCampaign(campaign: Campaign, now = Date.now()): Promise<void> {
	const by = await getDeviceId();
	await withDb(async (db) => {
		const tx = db.transaction(['campaigns', 'evaluations', 'summaries', 'outbox'], 'readwrite');
		const previousRow = await tx.objectStore('campaigns').get(campaign.id);
		const previous = previousRow === undefined ? undefined : parseCampaign(previousRow);
		const rows = await tx.objectStore('evaluations').index('campaignId').getAll(campaign.id);
		const writes: Promise<unknown>[] = [tx.objectStore('campaigns').put(structuredClone(campaign))];
		for (const row of rows) {
			const parsed = parseEvaluation(row, { catalog });
			if (!parsed.ok || parsed.value.deleted) continue;
			let e: Evaluation = parsed.value;
			if (
				e.status !== 'draft' &&
				e.scoredWith === undefined &&
				e.origin === undefined &&
				previous?.ok &&
				JSON.stringify(previous.value.template) !== JSON.stringify(campaign.template)
			) {
				e = rescore(e, previous.value.template, PIN_REASON, { at: now, by });
				writes.push(tx.objectStore('evaluations').put(e));
				writes.push(queueInTx(tx.objectStore('outbox'), e, now));
			}
			writes.push(tx.objectStore('summaries').put(summaryAt(e, campaign, now)));
		}
		await Promise.all([...writes, tx.done]);
	});
}

/** Deletes a campaign that has no (undeleted) evaluations; false when evaluations refer to it. */
export async function deleteCampaign(id: string): Promise<boolean> {
	return withDb(async (db) => {
		const tx = db.transaction(['campaigns', 'evaluations'], 'readwrite');
		// Tombstones of deleted evaluations do not count: they hold nothing the campaign scores.
		let used = false;
		let cursor = await tx.objectStore('evaluations').index('campaignId').openCursor(id);
		while (cursor && !used) {
			used = !('deleted' in cursor.value);
			cursor = used ? null : await cursor.continue();
		}
		if (used) {
			tx.abort();
			await tx.done.catch(() => undefined);
			return false;
		}
		await tx.objectStore('campaigns').delete(id);
		await tx.done;
		return true;
	});
}
