/**
 * Campaigns: the contact centers being evaluated, each with its scoring template. Parsed
 * (and migrated from older record versions) with the domain's zod schema on every read.
 */
import { compareKo } from '$lib/domain/collation';
import { parseCampaign, type Campaign } from '$lib/domain/record';
import { withDb } from './db';
import { StorageError } from './errors';

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

/** Creates or replaces a campaign. */
export async function putCampaign(campaign: Campaign): Promise<void> {
	await withDb((db) => db.put('campaigns', structuredClone(campaign)));
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
