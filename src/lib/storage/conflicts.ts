/**
 * Conflicts kept by imports: an incoming copy of an evaluation that neither descends from nor
 * precedes the local one (or a later copy of a record made here). It waits beside the local
 * record until a person resolves it; a resolved one stays as a marker (its key), so importing
 * the same file again does not bring the question back.
 */
import { catalog } from '$lib/domain/catalog';
import {
	resolveKeepMine,
	resolveOnServerCopy,
	takeTheirAnswers,
	type EditContext
} from '$lib/domain/editing';
import { conflictKey, type ConflictCopy } from '$lib/domain/exchange';
import { parseEvaluation, type Campaign, type Evaluation } from '$lib/domain/record';
import { getCampaign } from './campaigns';
import { withDb } from './db';
import { StorageError } from './errors';
import { getEvaluation } from './evaluations';
import { queueInTx } from './outbox';
import { getStoredCopy } from './pulled';
import { summaryAt } from '$lib/domain/summarize';

export type Resolution = 'kept-mine' | 'took-theirs';

export interface StoredConflict extends ConflictCopy {
	resolvedAt?: number;
	resolution?: Resolution;
	/** 'server': the team server's copy, which refused this device's push (409). */
	source?: 'server';
}

/**
 * Keeps the team server's copy of an evaluation that refused this device's version (a 409),
 * for the conflicts screen; the same server copy is kept once.
 */
export async function keepServerConflict(server: Evaluation, now: number): Promise<boolean> {
	const row: StoredConflict = {
		key: conflictKey(server),
		evaluationId: server.id,
		receivedAt: now,
		reason: 'diverged',
		incoming: server,
		source: 'server'
	};
	return withDb(async (db) => {
		const tx = db.transaction('conflicts', 'readwrite');
		const known = await tx.store.getKey(row.key);
		if (known === undefined) await tx.store.put(row);
		await tx.done;
		return known === undefined;
	});
}

function parseStored(row: unknown): StoredConflict {
	const r = row as Partial<StoredConflict>;
	const incoming = parseEvaluation(r.incoming, { catalog });
	if (!incoming.ok || typeof r.key !== 'string' || typeof r.evaluationId !== 'string') {
		throw new StorageError('corrupt', 'stored conflict is invalid');
	}
	return { ...(r as StoredConflict), incoming: incoming.value };
}

/** Every kept conflict's key, resolved or not (for planning imports). */
export async function conflictKeys(): Promise<Set<string>> {
	const keys = await withDb((db) => db.getAllKeys('conflicts'));
	return new Set(keys);
}

/** The conflicts still waiting for a person, oldest first. */
export async function listOpenConflicts(): Promise<StoredConflict[]> {
	const rows = await withDb((db) => db.getAll('conflicts'));
	return rows
		.map(parseStored)
		.filter((c) => c.resolvedAt === undefined)
		.sort((a, b) => a.receivedAt - b.receivedAt);
}

/** How many conflicts wait for a person. */
export async function countOpenConflicts(): Promise<number> {
	return (await listOpenConflicts()).length;
}

/** One conflict with the local record and its campaign, for the side-by-side view. */
export interface ConflictView {
	conflict: StoredConflict;
	local: Evaluation | undefined;
	campaign: Campaign | undefined;
}

/** The open conflicts with what they conflict with. */
export async function loadConflictViews(): Promise<ConflictView[]> {
	const open = await listOpenConflicts();
	return Promise.all(
		open.map(async (conflict) => {
			const local = await getEvaluation(conflict.evaluationId);
			const campaign = await getCampaign(local?.campaignId ?? conflict.incoming.campaignId);
			return { conflict, local, campaign };
		})
	);
}

/**
 * Resolves a conflict as the person chose. For a record made here, keeping mine logs the
 * resolution and taking theirs replays their answers as edits made here; for an imported
 * record, taking theirs stores their copy (still read-only, with its trust mark). A conflict
 * with the team server's copy is resolved on top of that copy (`resolveOnServerCopy`), so
 * the next push is accepted. The local record, its summary, the resolved marker and the
 * outbox row are written in one transaction.
 */
export async function resolveConflict(
	key: string,
	choice: Resolution,
	ctx: EditContext,
	reason: string
): Promise<void> {
	const row = await withDb((db) => db.get('conflicts', key));
	if (!row) throw new StorageError('corrupt', 'the conflict is no longer stored');
	const conflict = parseStored(row);
	// Against the server's copy a deletion made here counts too (it is what was pushed).
	const local =
		conflict.source === 'server'
			? await getStoredCopy(conflict.evaluationId)
			: await getEvaluation(conflict.evaluationId);
	const theirs = conflict.incoming;
	let next: Evaluation | undefined;
	if (!local) next = choice === 'took-theirs' ? theirs : undefined;
	else if (conflict.source === 'server') {
		// The server takes only a later version of its own copy: resolve on top of it.
		next = resolveOnServerCopy(theirs, local, choice, reason, ctx);
	} else if (local.origin === undefined) {
		next =
			choice === 'kept-mine'
				? resolveKeepMine(local, theirs, ctx)
				: takeTheirAnswers(local, theirs, reason, ctx);
	} else if (choice === 'took-theirs') next = theirs;
	const campaign = next ? await getCampaign(next.campaignId) : undefined;
	if (next && !campaign) throw new StorageError('corrupt', 'the evaluation’s campaign is missing');
	const summary = next && campaign && !next.deleted ? summaryAt(next, campaign, ctx.at) : null;
	const server = conflict.source === 'server';
	// Against the server the local copy is replaced by a version on top of the server's: the
	// copy set aside stays in the resolved row, so nothing typed here is ever lost.
	const resolved: StoredConflict & { setAside?: Evaluation } = {
		...conflict,
		resolvedAt: ctx.at,
		resolution: choice,
		...(server && local ? { setAside: local } : {})
	};
	await withDb(async (db) => {
		const tx = db.transaction(['evaluations', 'summaries', 'conflicts', 'outbox'], 'readwrite');
		await Promise.all([
			next && (!next.deleted || server) ? tx.objectStore('evaluations').put(next) : undefined,
			next && next !== local && next !== theirs
				? queueInTx(tx.objectStore('outbox'), next, ctx.at)
				: undefined,
			summary ? tx.objectStore('summaries').put(summary) : undefined,
			// A server deletion stays as a tombstone (what the server keeps); an imported one goes.
			next?.deleted && !server ? tx.objectStore('evaluations').delete(next.id) : undefined,
			next?.deleted ? tx.objectStore('summaries').delete(next.id) : undefined,
			tx.objectStore('conflicts').put(resolved),
			tx.done
		]);
	});
}
