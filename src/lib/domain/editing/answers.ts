/** Answering checks: value, note, evidence photos, and "no agent reached". */
import type { AnswerValue, Suggestion } from '../record/common';
import type { Answer, Evaluation } from '../record/evaluation';
import { commit, type EditContext } from './commit';

/**
 * Answers `checkId`. The note and evidence stay; when the value differs from the app's
 * suggestion the answer (and its log entry) says what was suggested and why.
 */
export function answer(
	e: Evaluation,
	checkId: string,
	value: AnswerValue,
	ctx: EditContext,
	suggestion?: Suggestion
): Evaluation {
	const prev = e.answers[checkId];
	const overrides =
		suggestion && suggestion.checkId === checkId && suggestion.value !== value
			? { suggested: suggestion.value, reason: suggestion.reason.en }
			: undefined;
	if (prev?.value === value && sameOverride(prev.overridesSuggestion, overrides)) return e;
	const next: Answer = { value, evidenceIds: prev?.evidenceIds ?? [], answeredAt: ctx.at };
	if (prev?.note !== undefined) next.note = prev.note;
	if (overrides) next.overridesSuggestion = overrides;
	return commit(
		e,
		ctx,
		{
			field: 'answer',
			checkId,
			old: prev?.value ?? null,
			new: value,
			suggested: overrides?.suggested,
			reason: overrides?.reason
		},
		{ answers: { ...e.answers, [checkId]: next } }
	);
}

function sameOverride(a: Answer['overridesSuggestion'], b: Answer['overridesSuggestion']): boolean {
	return a?.suggested === b?.suggested && a?.reason === b?.reason;
}

/** Sets the note of an answered check ('' removes it); the value and its time stay. */
export function setNote(
	e: Evaluation,
	checkId: string,
	note: string,
	ctx: EditContext
): Evaluation {
	const prev = e.answers[checkId];
	if (!prev || (prev.note ?? '') === note) return e;
	const next: Answer = { ...prev };
	if (note === '') delete next.note;
	else next.note = note;
	return commit(
		e,
		ctx,
		{ field: 'note', checkId, old: prev.note ?? null, new: note === '' ? null : note },
		{ answers: { ...e.answers, [checkId]: next } }
	);
}

/**
 * An edit of one answered check's evidence by one photo: `change` gives the new list of photo
 * ids, or null when the photo is already where the edit would put it.
 */
function evidenceEdit(change: (ids: readonly string[], photoId: string) => string[] | null) {
	return (e: Evaluation, checkId: string, photoId: string, ctx: EditContext): Evaluation => {
		const prev = e.answers[checkId];
		const ids = prev ? change(prev.evidenceIds, photoId) : null;
		return prev && ids ? setEvidence(e, checkId, prev, ids, ctx) : e;
	};
}

/** Links a stored photo to an answered check as evidence. */
export const linkEvidence = evidenceEdit((ids, photoId) =>
	ids.includes(photoId) ? null : [...ids, photoId]
);

/** Removes a photo link from a check. */
export const unlinkEvidence = evidenceEdit((ids, photoId) =>
	ids.includes(photoId) ? ids.filter((id) => id !== photoId) : null
);

function setEvidence(
	e: Evaluation,
	checkId: string,
	prev: Answer,
	ids: string[],
	ctx: EditContext
): Evaluation {
	return commit(
		e,
		ctx,
		{ field: 'evidence', checkId, old: prev.evidenceIds, new: ids },
		{ answers: { ...e.answers, [checkId]: { ...prev, evidenceIds: ids } } }
	);
}

/**
 * "No agent reached": marks every given check that needs an agent N/A in one logged step
 * (notes and photos stay). The entry keeps the earlier values, so `undoNoAgent` restores them.
 */
export function markNoAgent(
	e: Evaluation,
	checkIds: readonly string[],
	ctx: EditContext
): Evaluation {
	const old: Record<string, AnswerValue | null> = {};
	const answers = { ...e.answers };
	for (const id of checkIds) {
		const prev = answers[id];
		if (prev?.value === 'na') continue;
		old[id] = prev?.value ?? null;
		const next: Answer = { value: 'na', evidenceIds: prev?.evidenceIds ?? [], answeredAt: ctx.at };
		if (prev?.note !== undefined) next.note = prev.note;
		answers[id] = next;
	}
	if (Object.keys(old).length === 0) return e;
	return commit(e, ctx, { field: 'no-agent', old, new: 'na' }, { answers });
}

/** The last "no agent reached" step that can still be undone, if any. */
export function undoableNoAgent(e: Evaluation): Record<string, AnswerValue | null> | undefined {
	for (let i = e.changeLog.length - 1; i >= 0; i--) {
		const entry = e.changeLog[i]!;
		if (entry.field === 'no-agent-undone') return undefined;
		if (entry.field === 'no-agent') return entry.old as Record<string, AnswerValue | null>;
	}
	return undefined;
}

/**
 * Undoes the last "no agent reached": checks still N/A get their earlier value back (or lose
 * the answer they did not have); a check answered again since keeps its new answer.
 */
export function undoNoAgent(e: Evaluation, ctx: EditContext): Evaluation {
	const earlier = undoableNoAgent(e);
	if (!earlier) return e;
	const answers = { ...e.answers };
	const restored: Record<string, AnswerValue | null> = {};
	for (const [id, value] of Object.entries(earlier)) {
		const now = answers[id];
		if (now?.value !== 'na') continue;
		restored[id] = value;
		if (value === null) {
			if (now.note === undefined && now.evidenceIds.length === 0) delete answers[id];
			else restored[id] = 'na';
		} else answers[id] = { ...now, value, answeredAt: ctx.at };
	}
	return commit(e, ctx, { field: 'no-agent-undone', old: 'na', new: restored }, { answers });
}
