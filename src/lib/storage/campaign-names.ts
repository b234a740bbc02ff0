/**
 * Campaign ids and center names, read without the record schema: lists that need no template
 * (the reports index) stay free of zod. Names that are not text fall back to the id.
 */
import { compareKo } from '$lib/domain/collation';
import { withDb } from './db';

/** Campaign ids and center names only, by name: for lists that need no template. */
export async function listCampaignNames(): Promise<{ id: string; name: string }[]> {
	const rows = await withDb((db) => db.getAll('campaigns'));
	return rows
		.map((row) => {
			const center = (row as { center?: { name?: unknown } }).center;
			return { id: row.id, name: typeof center?.name === 'string' ? center.name : row.id };
		})
		.sort((a, b) => compareKo(a.name, b.name));
}
