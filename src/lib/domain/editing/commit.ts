/**
 * The one way a record changes: every operation in this folder ends in `commit`, which adds
 * exactly one change-log entry and bumps the per-write version. Nothing else builds records.
 */
import type { ChangeLogEntry, Evaluation } from '../record/evaluation';

/** When and by whom an edit is made: `by` is this device's id (or, on a server, a member's). */
export interface EditContext {
	at: number;
	by: string;
}

/** The entry an operation describes; `commit` numbers it and stamps when and who. */
export type EntryInput = Omit<ChangeLogEntry, 'version' | 'at' | 'by'>;

/** Keys of an evaluation an edit may set or (with `undefined`) remove. */
type Patch = { [K in keyof Evaluation]?: Evaluation[K] | undefined };

/** Applies `patch` to `e` and appends the change-log entry for it as the next version. */
export function commit(
	e: Evaluation,
	ctx: EditContext,
	entry: EntryInput,
	patch: Patch
): Evaluation {
	const version = e.version + 1;
	const next = {
		...e,
		...patch,
		version,
		baseVersion: e.version,
		deviceId: ctx.by,
		updatedAt: ctx.at,
		changeLog: [...e.changeLog, { ...withoutUndefined(entry), version, at: ctx.at, by: ctx.by }]
	} as Evaluation;
	for (const key of Object.keys(patch) as (keyof Evaluation)[]) {
		if (patch[key] === undefined) delete next[key];
	}
	return next;
}

function withoutUndefined<T extends object>(o: T): T {
	const out = { ...o };
	for (const key of Object.keys(out) as (keyof T)[]) if (out[key] === undefined) delete out[key];
	return out;
}
