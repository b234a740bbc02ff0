/**
 * What this device remembers about syncing with the team server, in the `meta` store: the
 * pull cursor, the last success and failure, the back-off, the device key registration,
 * photos still to upload, and the team's known signing keys (the trust registry).
 */
import { z } from '$lib/domain/base/zod';
import { KnownKey } from '$lib/domain/sync/protocol';
import { withDb } from './db';

const STATE_ID = 'sync-state';
const REGISTRY_ID = 'trust-registry';

export const SyncFailure = z.object({
	at: z.number(),
	/** offline | signed-out | server | refused | forbidden | … (TeamErrorKind). */
	kind: z.string(),
	message: z.string()
});
export type SyncFailure = z.infer<typeof SyncFailure>;

export const SyncState = z.object({
	/** The pull cursor: the last `seq` applied. */
	cursor: z.number().int().default(0),
	lastSuccessAt: z.number().optional(),
	lastFailure: SyncFailure.optional(),
	/** Failed runs in a row (back-off grows with it). */
	failures: z.number().int().default(0),
	/** No automatic run before this time (epoch ms). */
	nextAttemptAt: z.number().default(0),
	/** The device key registered, and for which member. */
	registered: z.object({ fingerprint: z.string(), memberId: z.string() }).optional(),
	/** When the server answered 401: nothing is pushed until the link is confirmed again. */
	signedOutAt: z.number().optional(),
	/** Photos the server asked for and has not received completely. */
	pendingBlobs: z.array(z.object({ evaluationId: z.string(), photoId: z.string() })).default([]),
	/** Photos of pulled records not yet downloaded (not on the server yet, or offline). */
	wantedPhotos: z.array(z.object({ evaluationId: z.string(), photoId: z.string() })).default([])
});
export type SyncState = z.infer<typeof SyncState>;

/** The sync state (a fresh one when none is stored or it is unreadable). */
export async function getSyncState(): Promise<SyncState> {
	const row = (await withDb((db) => db.get('meta', STATE_ID))) as { state?: unknown } | undefined;
	const parsed = SyncState.safeParse(row?.state ?? {});
	return parsed.success ? parsed.data : SyncState.parse({});
}

/** Changes the sync state with `update` (read and written in one transaction). */
export async function updateSyncState(update: (s: SyncState) => SyncState): Promise<SyncState> {
	return withDb(async (db) => {
		const tx = db.transaction('meta', 'readwrite');
		const row = (await tx.store.get(STATE_ID)) as { state?: unknown } | undefined;
		const parsed = SyncState.safeParse(row?.state ?? {});
		const next = SyncState.parse(update(parsed.success ? parsed.data : SyncState.parse({})));
		await tx.store.put({ id: STATE_ID, state: next } as { id: string });
		await tx.done;
		return next;
	});
}

export const TrustRegistry = z.object({ keys: z.array(KnownKey), fetchedAt: z.number() });
export type TrustRegistry = z.infer<typeof TrustRegistry>;

/** The team's signing keys as last fetched, or undefined when none were fetched. */
export async function getTrustRegistry(): Promise<TrustRegistry | undefined> {
	const row = (await withDb((db) => db.get('meta', REGISTRY_ID))) as
		{ registry?: unknown } | undefined;
	const parsed = TrustRegistry.safeParse(row?.registry);
	return parsed.success ? parsed.data : undefined;
}

export async function saveTrustRegistry(registry: TrustRegistry): Promise<void> {
	await withDb(async (db) => {
		await db.put('meta', { id: REGISTRY_ID, registry: TrustRegistry.parse(registry) } as {
			id: string;
		});
	});
}
