/**
 * The phone's side of sync with the team server, one run at a time (also across tabs, with a
 * Web Lock): register this device's signing key once, push the outbox in signed batches,
 * upload the photos the server still lacks (resumable), then pull campaigns, the team's keys
 * and every record version after the stored cursor. A failed run backs off exponentially; a
 * 401 stops everything until the team link is confirmed again. Nothing is ever deleted
 * because the server could not be reached or the session ended. Photos: `photos.ts`;
 * recordings: `recordings.ts` (after a pull, the audio past its retention is deleted).
 */
import { campaignsWhere } from '$lib/domain/access/permissions';
import { canonicalize, bytesToBase64 } from '$lib/domain/exchange';
import type { Evaluation } from '$lib/domain/record';
import { backoffDelay } from '$lib/domain/sync/backoff';
import { pushBatches } from '$lib/domain/sync/batches';
import { PULL_PAGE, type RegisterDeviceKey } from '$lib/domain/sync/protocol';
import { planPulled } from '$lib/domain/sync/pull';
import { getCampaign, putCampaign } from '$lib/storage/campaigns';
import { keepServerConflict } from '$lib/storage/conflicts';
import { getDeviceId } from '$lib/storage/device';
import { getDeviceKey, type DeviceKey } from '$lib/storage/keys';
import { listOutbox, markOutbox, removeIfVersion } from '$lib/storage/outbox';
import { saveProgramme } from '$lib/storage/programme';
import { getStoredCopies, getStoredCopy, storePulledPage } from '$lib/storage/pulled';
import {
	getSyncState,
	saveTrustRegistry,
	updateSyncState,
	type SyncFailure,
	type SyncState
} from '$lib/storage/sync-state';
import { getTeamLink, type TeamLink } from '$lib/storage/team';
import { syncRoutes } from '$lib/domain/sync/routes';
import { programmeRoutes } from '$lib/domain/programme/routes';
import { call, TeamRequestError } from './http';
import { downloadPhotos, uploadBlobs, wantPhotosOf } from './photos';
import { downloadReviewCopies } from './recordings';
import { deleteExpiredAudio } from '$lib/recording/audio-retention';

/** The outbox reason of a record whose campaign the member is not a shopper of. */
export const NOT_SHOPPER = 'not-shopper';
/** The outbox reason of a record the server holds another version of (409). */
export const CONFLICT = 'conflict';
/** The outbox reason of a record larger than one push may be (it is never sent). */
export const TOO_LARGE = 'too-large';
export const LOCK_NAME = 'ks1006-sync';

export type SyncOutcome =
	| { status: 'solo' }
	| { status: 'busy' }
	| { status: 'waiting'; until: number }
	| { status: 'signed-out' }
	| { status: 'failed'; failure: SyncFailure }
	| { status: 'ok'; pushed: number; pulled: number; conflicts: number };

export interface SyncOptions {
	/** Run even while backing off. */
	force?: boolean;
	/**
	 * The network came back, the app was shown again or the person asked ("sync now"): the
	 * back-off built up so far is forgotten and the run goes at once.
	 */
	resume?: boolean;
	now?: () => number;
	/** In [0, 1): the back-off's jitter. */
	random?: () => number;
}

let running = false;

/** One sync run, unless another is under way here or in another tab ('busy'). */
export async function runSync(options: SyncOptions = {}): Promise<SyncOutcome> {
	const link = await getTeamLink();
	if (!link) return { status: 'solo' };
	if (running) return { status: 'busy' };
	running = true;
	try {
		const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
		if (!locks) return await runLinked(link, options);
		return await locks.request(LOCK_NAME, { ifAvailable: true }, (lock) =>
			lock ? runLinked(link, options) : ({ status: 'busy' } as const)
		);
	} finally {
		running = false;
	}
}

/** Whether the last 401 still stands: the link was not confirmed (signed in) since. */
export function isSignedOut(state: SyncState, link: TeamLink): boolean {
	return state.signedOutAt !== undefined && link.confirmedAt <= state.signedOutAt;
}

async function runLinked(link: TeamLink, options: SyncOptions): Promise<SyncOutcome> {
	const now = options.now ?? Date.now;
	const random = options.random ?? Math.random;
	const state = await getSyncState();
	if (isSignedOut(state, link)) return { status: 'signed-out' };
	if (!options.force && !options.resume && state.nextAttemptAt > now()) {
		return { status: 'waiting', until: state.nextAttemptAt };
	}
	try {
		const deviceId = await getDeviceId();
		const key = await getDeviceKey();
		await registerKey(state, link, deviceId, key);
		const { pushed, conflicts } = await push(link, deviceId, key, now);
		await uploadBlobs();
		const pulled = await pull(deviceId, link.memberId, now);
		await deleteExpiredAudio(now());
		await downloadReviewCopies(link, now());
		await updateSyncState((s) => ({
			...s,
			failures: 0,
			nextAttemptAt: 0,
			lastSuccessAt: now(),
			lastFailure: undefined,
			signedOutAt: undefined
		}));
		return {
			status: 'ok',
			pushed,
			pulled: pulled.pulled,
			conflicts: conflicts + pulled.conflicts
		};
	} catch (error) {
		const failure = failureOf(error, now());
		const signedOut = failure.kind === 'signed-out';
		await updateSyncState((s) => {
			const failures = (options.resume ? 0 : s.failures) + 1;
			return {
				...s,
				failures,
				nextAttemptAt: now() + backoffDelay(failures, random()),
				lastFailure: failure,
				signedOutAt: signedOut ? now() : s.signedOutAt,
				// A refused request may mean the server no longer knows this key: register again.
				registered: failure.kind === 'forbidden' ? undefined : s.registered
			};
		});
		return signedOut ? { status: 'signed-out' } : { status: 'failed', failure };
	}
}

function failureOf(error: unknown, at: number): SyncFailure {
	if (error instanceof TeamRequestError) return { at, kind: error.kind, message: error.message };
	return { at, kind: 'local', message: error instanceof Error ? error.message : String(error) };
}

/** Registers the device key with the member once (again after another member linked). */
async function registerKey(
	state: SyncState,
	link: TeamLink,
	deviceId: string,
	key: DeviceKey
): Promise<void> {
	const done = state.registered;
	if (done?.fingerprint === key.fingerprint && done.memberId === link.memberId) return;
	const body: RegisterDeviceKey = { deviceId, publicKeyJwk: key.publicKeyJwk };
	await call(syncRoutes.registerDeviceKey, { body });
	await updateSyncState((s) => ({
		...s,
		registered: { fingerprint: key.fingerprint, memberId: link.memberId }
	}));
}

/** The base64 ECDSA P-256 / SHA-256 signature over the canonical JSON of `records`. */
export async function signRecords(records: unknown[], keyPair: CryptoKeyPair): Promise<string> {
	const bytes = new TextEncoder().encode(canonicalize(records));
	const raw = await crypto.subtle.sign(
		{ name: 'ECDSA', hash: 'SHA-256' },
		keyPair.privateKey,
		bytes
	);
	return bytesToBase64(new Uint8Array(raw));
}

/** What a record is on the wire: without `origin`, which only says how it reached this device. */
function wireCopy(e: Evaluation): Evaluation {
	const { origin: _origin, ...rest } = e;
	return rest;
}

async function push(
	link: TeamLink,
	deviceId: string,
	key: DeviceKey,
	now: () => number
): Promise<{ pushed: number; conflicts: number }> {
	const shopperOf = new Set(campaignsWhere(link.memberships, 'evaluation.write'));
	const due: Evaluation[] = [];
	for (const row of await listOutbox()) {
		if (row.refused) continue;
		if (!shopperOf.has(row.campaignId)) {
			if (row.lastError !== NOT_SHOPPER) {
				await markOutbox(row.id, row.version, { lastError: NOT_SHOPPER });
			}
			continue;
		}
		const record = await getStoredCopy(row.id);
		if (!record) {
			// The record left this device (an import's deletion): nothing to push.
			await removeIfVersion(row.id, row.version);
			continue;
		}
		due.push(record);
	}
	let pushed = 0;
	let conflicts = 0;
	const { batches, tooLarge } = pushBatches(due.map(wireCopy));
	// Sent, it would refuse the whole push for its size: it waits for a person instead.
	for (const record of tooLarge) {
		await markOutbox(record.id, record.version, { refused: true, lastError: TOO_LARGE });
	}
	for (const records of batches) {
		const signature = await signRecords(records, key.keyPair);
		const answer = await call(syncRoutes.push, {
			body: { deviceId, fingerprint: key.fingerprint, signature, records }
		});
		const missing: { evaluationId: string; photoId: string }[] = [];
		// One result per record, in order: each is matched to the record sent (a refused record's
		// own id may be what the server could not read).
		for (const [i, result] of answer.results.entries()) {
			const sent = records[i];
			if (!sent) break;
			if (result.status === 200 || result.status === 201) {
				await removeIfVersion(sent.id, sent.version);
				pushed++;
				for (const photoId of result.missingBlobs) missing.push({ evaluationId: sent.id, photoId });
			} else if (result.status === 409) {
				if (result.server) await keepServerConflict(result.server, now());
				await markOutbox(sent.id, sent.version, { refused: true, lastError: CONFLICT });
				conflicts++;
			} else {
				// Refused (403, 422): not sent again until a person changes the record; the others go on.
				await markOutbox(sent.id, sent.version, {
					refused: true,
					lastError: result.message ?? String(result.status)
				});
			}
		}
		if (missing.length) {
			await updateSyncState((s) => {
				const known = new Set(s.pendingBlobs.map((b) => `${b.evaluationId}/${b.photoId}`));
				const added = missing.filter((b) => !known.has(`${b.evaluationId}/${b.photoId}`));
				return { ...s, pendingBlobs: [...s.pendingBlobs, ...added] };
			});
		}
	}
	return { pushed, conflicts };
}

async function pull(
	deviceId: string,
	memberId: string,
	now: () => number
): Promise<{ pulled: number; conflicts: number }> {
	const list = await call(syncRoutes.campaigns);
	for (const { campaign } of list.campaigns) {
		const local = await getCampaign(campaign.id);
		if (!local || canonicalize(local) !== canonicalize(campaign))
			await putCampaign(campaign, now());
	}
	const keys = await call(syncRoutes.deviceKeys);
	await saveTrustRegistry({ keys: keys.keys, fetchedAt: now() });

	let { cursor } = await getSyncState();
	let stored = 0;
	let conflicts = 0;
	const fetchPage = (after: number) =>
		call(syncRoutes.pull, { query: { after, limit: PULL_PAGE } }).then(
			(page) => ({ ok: true, page }) as const,
			(error: unknown) => ({ ok: false, error }) as const
		);
	let next = fetchPage(cursor);
	for (;;) {
		const fetched = await next;
		if (!fetched.ok) throw fetched.error;
		const { page } = fetched;
		const more = page.more && page.cursor !== cursor;
		// The next page is on its way while this one is stored (its cursor is known now); it is
		// applied only after this one, so the stored cursor never passes a page not stored.
		if (more) next = fetchPage(page.cursor);
		// A page is decided in memory and written in one transaction (a fresh phone pulls
		// thousands of records); conflicts, rare, are kept one by one.
		const locals = await getStoredCopies(page.items.map((item) => item.evaluation.id));
		const toStore: Evaluation[] = [];
		for (const item of page.items) {
			const local = locals.get(item.evaluation.id);
			const decision = planPulled(item, local, { deviceId, memberId }, now());
			if (decision.action === 'store') toStore.push(decision.evaluation);
			else if (decision.action === 'conflict') {
				if (await keepServerConflict(decision.server, now())) conflicts++;
			}
		}
		await storePulledPage(
			toStore,
			page.items.map((item) => ({ id: item.evaluation.id, releasedAt: item.releasedAt })),
			now()
		);
		await wantPhotosOf(toStore);
		stored += toStore.length;
		cursor = page.cursor;
		await updateSyncState((s) => ({ ...s, cursor: page.cursor }));
		if (!more) break;
	}
	await downloadPhotos(now);
	await refreshProgrammes(
		list.campaigns.filter((c) => c.roles.length > 0).map((c) => c.campaign.id)
	);
	return { pulled: stored, conflicts };
}

/** Keeps each campaign's programme (scenarios, assignments, reviews, disputes) for offline use. */
async function refreshProgrammes(campaignIds: readonly string[]): Promise<void> {
	for (const id of campaignIds) {
		await saveProgramme(await call(programmeRoutes.programme, { params: { id } }));
	}
}
