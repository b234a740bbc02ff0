// Call recordings on the server: the shared copies a record names (stored as blobs beside its
// photos), and the rule that a pushed version never silently loses a recording or a moment
// the stored version has.
import { sql, type SQL } from 'drizzle-orm';
import type { Evaluation } from '$lib/domain/record';
import { rangeText } from '$lib/domain/editing/recordings';
import { evaluations } from '../db/schema';
import { photoHashes } from './derive';

const HASH_ID = /^sha256-([0-9a-f]{64})$/;

/** The copies (`sha256-<hex>`) a record's recordings name, as hex digests. */
export function copyHashes(e: Pick<Evaluation, 'recordings'>): string[] {
	const out = new Set<string>();
	for (const r of e.recordings ?? []) {
		const m = HASH_ID.exec(r.copyId);
		if (m) out.add(m[1]!);
	}
	return [...out].sort();
}

/** True on `evaluations` rows whose body names the hash as a recording's copy. */
export function namesCopy(sha256: string): SQL {
	return sql`jsonb_path_exists(${evaluations.body}, '$.recordings[*].copyId ? (@ == $id)', jsonb_build_object('id', ${`sha256-${sha256}`}::text))`;
}

/**
 * Why `next` may not replace `stored` (null when it may): every recording and moment the stored
 * version has must still be there, or be removed by an entry of the change log written after
 * it (`recording-removed`, or a moment unbound), so nothing a shopper attached is lost unlogged.
 */
export function droppedAudio(stored: Evaluation, next: Evaluation): string | null {
	if (next.deleted) return null;
	const later = next.changeLog.filter((c) => c.version > stored.version);
	const removedRecordings = new Set(
		later.filter((c) => c.field === 'recording-removed').map((c) => c.ref)
	);
	const unbound = new Set(
		later.filter((c) => c.field === 'moment' && c.new === null).map((c) => c.ref)
	);
	const kept = new Set((next.recordings ?? []).map((r) => r.id));
	for (const r of stored.recordings ?? []) {
		if (!kept.has(r.id) && !removedRecordings.has(r.id)) {
			return `recordings: the recording "${r.name}" (${r.id}) is missing without the change-log entry that removes it`;
		}
	}
	const keptMoments = new Set((next.moments ?? []).map((m) => m.id));
	for (const m of stored.moments ?? []) {
		if (keptMoments.has(m.id) || unbound.has(m.id) || removedRecordings.has(m.recordingId)) {
			continue;
		}
		return `moments: the moment ${rangeText(m)} of ${m.checkId} (${m.id}) is missing without the change-log entry that removes it`;
	}
	return null;
}

/** Every blob a record names (photos and recordings' copies), as hex digests. */
export function blobHashes(e: Evaluation): string[] {
	return [...new Set([...photoHashes(e), ...copyHashes(e)])].sort();
}
