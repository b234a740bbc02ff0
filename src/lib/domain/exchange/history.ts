/**
 * Comparing two copies of one evaluation by their history: the version and the change log.
 * Copy B descends from copy A when B's log starts with A's whole log; equal logs with equal
 * content are the same record; anything else is two edits of a common base (a conflict).
 * Timestamps and `revision` play no part, so neither a later clock nor a large counter makes
 * a copy "newer".
 */
import type { Campaign } from '../record/campaign';
import type { ChangeLogEntry, Evaluation } from '../record/evaluation';
import { canonicalize } from './canonical';

/** How an incoming copy relates to the local one. */
export type HistoryRelation =
	/** The same version, log and content. */
	| 'same'
	/** The incoming copy is the local one plus later edits. */
	| 'descends'
	/** The local copy is the incoming one plus later edits. */
	| 'ancestor'
	/** Two different edits of a common base, or a copy whose content differs from its log. */
	| 'diverged';

/** How `incoming` relates to `local` (two copies of the evaluation with the same id). */
export function relateHistories(local: Evaluation, incoming: Evaluation): HistoryRelation {
	if (local.deleted || incoming.deleted) return relateTombstones(local, incoming);
	if (incoming.version === local.version) {
		if (!samePrefix(incoming.changeLog, local.changeLog, local.version)) return 'diverged';
		// Same history but other content: one copy was changed without an edit being logged.
		return sameContent(local, incoming) ? 'same' : 'diverged';
	}
	if (incoming.version > local.version) {
		return samePrefix(incoming.changeLog, local.changeLog, local.version) ? 'descends' : 'diverged';
	}
	return samePrefix(local.changeLog, incoming.changeLog, incoming.version)
		? 'ancestor'
		: 'diverged';
}

/**
 * A tombstone keeps only its `deleted` entry, whose `old` is the version it deleted: it
 * descends from every copy up to that version. A live copy later than the deleted version
 * was edited after (or beside) the deletion: a conflict.
 */
function relateTombstones(local: Evaluation, incoming: Evaluation): HistoryRelation {
	if (local.deleted && incoming.deleted) {
		if (incoming.version === local.version) return 'same';
		return incoming.version > local.version ? 'descends' : 'ancestor';
	}
	if (incoming.deleted) {
		return deletedFrom(incoming) >= local.version ? 'descends' : 'diverged';
	}
	return incoming.version <= deletedFrom(local) ? 'ancestor' : 'diverged';
}

/** The version a tombstone was made from. */
function deletedFrom(tombstone: Evaluation): number {
	const old = tombstone.changeLog.at(-1)?.old;
	return typeof old === 'number' && old === tombstone.version - 1 ? old : -1;
}

/** Whether `longer` starts with the first `n` entries of `shorter`, entry by entry. */
function samePrefix(
	longer: readonly ChangeLogEntry[],
	shorter: readonly ChangeLogEntry[],
	n: number
): boolean {
	if (longer.length < n || shorter.length < n) return false;
	for (let i = 0; i < n; i++) {
		if (canonicalize(longer[i]) !== canonicalize(shorter[i])) return false;
	}
	return true;
}

/** The record without what a device adds locally (`origin`), as canonical JSON. */
export function contentOf(e: Evaluation): string {
	const { origin: _origin, ...rest } = e;
	return canonicalize(rest);
}

function sameContent(a: Evaluation, b: Evaluation): boolean {
	return contentOf(a) === contentOf(b);
}

/** What differs between two copies of a campaign: center name, template fields, e-mail hours. */
export interface CampaignDiff {
	/** [local, incoming] center names, when they differ. */
	centerName?: [string, string];
	/** Other center fields (phone numbers, e-mail, web, channels) differ. */
	centerDetails: boolean;
	/** Template fields whose value differs, e.g. `thresholds`, `criticalCheckIds`. */
	templateFields: string[];
	/** [local, incoming] template versions. */
	templateVersion: [number, number];
	emailAnswerStandardHours?: [number | null, number | null];
}

/** The differences between the local and an incoming copy of a campaign, or null when none. */
export function campaignDiff(local: Campaign, incoming: Campaign): CampaignDiff | null {
	const templateFields = Object.keys({ ...local.template, ...incoming.template })
		.filter(
			(k) =>
				canonicalize(local.template[k as keyof Campaign['template']] ?? null) !==
				canonicalize(incoming.template[k as keyof Campaign['template']] ?? null)
		)
		.sort();
	const { name: a, ...localRest } = local.center;
	const { name: b, ...incomingRest } = incoming.center;
	const diff: CampaignDiff = {
		centerDetails: canonicalize(localRest) !== canonicalize(incomingRest),
		templateFields,
		templateVersion: [local.template.version, incoming.template.version]
	};
	if (a !== b) diff.centerName = [a, b];
	const hl = local.emailAnswerStandardHours ?? null;
	const hi = incoming.emailAnswerStandardHours ?? null;
	if (hl !== hi) diff.emailAnswerStandardHours = [hl, hi];
	const differs =
		diff.centerName !== undefined ||
		diff.centerDetails ||
		templateFields.length > 0 ||
		diff.emailAnswerStandardHours !== undefined;
	return differs ? diff : null;
}
