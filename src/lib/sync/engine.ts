/**
 * The phone's side of sync with the team server, one run at a time (also across tabs, with a
 * Web Lock): register this device's signing key once, push the outbox in signed batches,
 * upload the photos the server still lacks (resumable), then pull campaigns, the team's keys
 * and every record version after the stored cursor. A failed run backs off exponentially; a
 * 401 stops everything until the team link is confirmed again. Nothing is ever deleted
 * because the server could not be reached or the session ended.
 */
import { campaignsWhere } from '$lib/domain/access/permissions';
import { canonicalize, bytesToBase64 } from '$lib/domain/exchange';
import { photoContentId } from '$lib/domain/exchange/photo-id';
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
import { getPhoto, savePhoto } from '$lib/storage/photos';
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
import { call, send, TeamRequestError } from './http';

/** The outbox reason of a record whose campaign the member is not a shopper of. */
export const NOT_SHOPPER = 'not-shopper';
/** The outbox reason of a record the server holds another version of (409). */
export const CONFLICT = 'conflict';
/** The outbox reason of a record larger than one push may be (it is never sent). */
export const TOO_LARGE = 'too-large';
/** Photo bytes go up in pieces of this size. */
export const BLOB_CHUNK = 256 * 1024;
/** Times one photo upload resumes from the server's offset after a failure, per run. */
const RESUMES = 3;
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

/** Uploads the photos the server asked for; each one that arrived whole leaves the list. */
async function uploadBlobs(): Promise<void> {
	const { pendingBlobs } = await getSyncState();
	for (const item of pendingBlobs) {
		const photo = await getPhoto(item.evaluationId, item.photoId);
		const hex = /^sha256-([0-9a-f]{64})$/.exec(item.photoId)?.[1];
		if (photo && hex) await uploadBlob(hex, photo.blob);
		await updateSyncState((s) => ({
			...s,
			pendingBlobs: s.pendingBlobs.filter(
				(b) => b.evaluationId !== item.evaluationId || b.photoId !== item.photoId
			)
		}));
	}
}

/** How many bytes of a blob the server holds (HEAD, `Upload-Offset`; 0 when it has none). */
async function serverOffset(hex: string): Promise<number> {
	try {
		const response = await send(syncRoutes.blobState, { params: { sha256: hex } });
		const offset = Number(response.headers.get('upload-offset') ?? NaN);
		return Number.isInteger(offset) && offset >= 0 ? offset : 0;
	} catch (error) {
		if (error instanceof TeamRequestError && error.kind === 'not-found') return 0;
		throw error;
	}
}

/**
 * Sends a photo's bytes in pieces from where the server stands; after a network failure (or
 * the server saying the offset is wrong) it asks the server's offset again and goes on.
 */
export async function uploadBlob(hex: string, blob: Blob): Promise<void> {
	let offset = await serverOffset(hex);
	let resumes = 0;
	while (offset < blob.size) {
		const end = Math.min(offset + BLOB_CHUNK, blob.size);
		try {
			const response = await send(syncRoutes.putBlob, {
				params: { sha256: hex },
				body: blob.slice(offset, end),
				headers: {
					'content-type': 'application/octet-stream',
					'content-range': `bytes ${String(offset)}-${String(end - 1)}/${String(blob.size)}`
				}
			});
			const told = Number(response.headers.get('upload-offset') ?? NaN);
			offset = Number.isInteger(told) && told > offset ? told : end;
		} catch (error) {
			const resumable =
				error instanceof TeamRequestError && (error.kind === 'offline' || error.status === 409);
			if (!resumable || resumes >= RESUMES) throw error;
			resumes++;
			offset = await serverOffset(hex);
		}
	}
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
	for (;;) {
		const page = await call(syncRoutes.pull, { query: { after: cursor, limit: PULL_PAGE } });
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
		const next = page.cursor;
		await updateSyncState((s) => ({ ...s, cursor: next }));
		if (!page.more || next === cursor) break;
		cursor = next;
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

/** Notes the photos pulled records name that this device does not hold. */
async function wantPhotosOf(evaluations: readonly Evaluation[]): Promise<void> {
	const wanted: { evaluationId: string; photoId: string }[] = [];
	for (const evaluation of evaluations) {
		if (evaluation.deleted) continue;
		const ids = new Set(Object.values(evaluation.answers).flatMap((a) => a.evidenceIds));
		for (const photoId of ids) {
			if (!(await getPhoto(evaluation.id, photoId))) {
				wanted.push({ evaluationId: evaluation.id, photoId });
			}
		}
	}
	if (wanted.length === 0) return;
	await updateSyncState((s) => ({
		...s,
		wantedPhotos: [
			...s.wantedPhotos.filter(
				(w) => !wanted.some((x) => x.evaluationId === w.evaluationId && x.photoId === w.photoId)
			),
			...wanted
		]
	}));
}

const PHOTO_TYPES = ['image/jpeg', 'image/webp', 'image/png'] as const;

/**
 * Downloads the photos pulled records name, checks each against its content id, and stores
 * it with its record. One not on the server yet (its shopper's phone has not sent it) stays
 * wanted for the next run; any other failure ends the run as a sync failure.
 */
async function downloadPhotos(now: () => number): Promise<void> {
	const { wantedPhotos } = await getSyncState();
	for (const item of wantedPhotos) {
		const hex = /^sha256-([0-9a-f]{64})$/.exec(item.photoId)?.[1];
		let done = hex === undefined || (await getPhoto(item.evaluationId, item.photoId)) !== undefined;
		if (!done && hex) {
			try {
				const response = await send(syncRoutes.getBlob, { params: { sha256: hex } });
				const blob = await response.blob();
				const bytes = new Uint8Array(await blob.arrayBuffer());
				const type = PHOTO_TYPES.find((t) => t === response.headers.get('content-type'));
				if ((await photoContentId(bytes)) === item.photoId && type) {
					const bitmap = await createImageBitmap(blob).catch(() => undefined);
					await savePhoto({
						id: item.photoId,
						evaluationId: item.evaluationId,
						blob: new Blob([bytes], { type }),
						mimeType: type,
						width: bitmap?.width ?? 0,
						height: bitmap?.height ?? 0,
						createdAt: now()
					});
					bitmap?.close();
				}
				// A photo whose bytes do not match its id is never kept (and not asked for again).
				done = true;
			} catch (error) {
				if (!(error instanceof TeamRequestError && error.kind === 'not-found')) throw error;
			}
		}
		if (done) {
			await updateSyncState((s) => ({
				...s,
				wantedPhotos: s.wantedPhotos.filter(
					(w) => w.evaluationId !== item.evaluationId || w.photoId !== item.photoId
				)
			}));
		}
	}
}
