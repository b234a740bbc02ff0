/**
 * The programme records of each team campaign as the server last answered (`meta` row
 * `programme:<campaignId>`): scenarios, the caller's assignments, review events and disputes,
 * kept so that a shopper offline still has their assignments and scripts. Written by sync.
 */
import { ProgrammeSnapshot } from '$lib/domain/programme/records';
import { withDb } from './db';

export const programmeKey = (campaignId: string) => `programme:${campaignId}`;

export async function saveProgramme(snapshot: ProgrammeSnapshot): Promise<void> {
	const value = ProgrammeSnapshot.parse(snapshot);
	await withDb(async (db) => {
		await db.put('meta', { id: programmeKey(value.campaignId), snapshot: value } as {
			id: string;
		});
	});
}

/** The last snapshot of a campaign's programme (undefined = never fetched, or unreadable). */
export async function getProgramme(campaignId: string): Promise<ProgrammeSnapshot | undefined> {
	const row = (await withDb((db) => db.get('meta', programmeKey(campaignId)))) as
		{ snapshot?: unknown } | undefined;
	const parsed = ProgrammeSnapshot.safeParse(row?.snapshot);
	return parsed.success ? parsed.data : undefined;
}

/** Every cached snapshot (the phone's assignments across its campaigns). */
export async function listProgrammes(): Promise<ProgrammeSnapshot[]> {
	const rows = (await withDb((db) =>
		db.getAll('meta', IDBKeyRange.bound('programme:', 'programme:\uffff'))
	)) as { snapshot?: unknown }[];
	return rows.flatMap((r) => {
		const parsed = ProgrammeSnapshot.safeParse(r.snapshot);
		return parsed.success ? [parsed.data] : [];
	});
}
