/**
 * Which evaluations the team server has released to the center's manager, as the last pull
 * said (a `meta` row per released evaluation). Read by the scorecard; written by sync.
 */
import { withDb } from './db';

/** The `meta` key of an evaluation's release mark. */
export const releaseKey = (evaluationId: string) => `release:${evaluationId}`;
const key = releaseKey;

/** Records the release instant the server answered (undefined = not released). */
export async function setRelease(
	evaluationId: string,
	releasedAt: number | undefined
): Promise<void> {
	await withDb(async (db) => {
		if (releasedAt === undefined) await db.delete('meta', key(evaluationId));
		else await db.put('meta', { id: key(evaluationId), releasedAt } as { id: string });
	});
}

/** When the evaluation was released to the center's manager, if it was. */
export async function getRelease(evaluationId: string): Promise<number | undefined> {
	const row = (await withDb((db) => db.get('meta', key(evaluationId)))) as
		{ releasedAt?: unknown } | undefined;
	return typeof row?.releasedAt === 'number' ? row.releasedAt : undefined;
}
