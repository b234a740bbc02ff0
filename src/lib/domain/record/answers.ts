/** Editing answers: every change lands in the append-only change log. */
import type { AnswerValue, Suggestion } from './common';
import type { Answer, ChangeLogEntry, Evaluation } from './evaluation';

export interface AnswerInput {
	value: AnswerValue;
	note?: string;
	evidenceIds?: string[];
}

/**
 * Returns a copy of `e` with the evaluator's answer for `checkId` at time `at`, noting in
 * `overridesSuggestion` when it differs from the app's suggestion, and logging the change.
 */
export function applyAnswer(
	e: Evaluation,
	checkId: string,
	input: AnswerInput,
	at: number,
	suggestion?: Suggestion
): Evaluation {
	const prev = e.answers[checkId];
	const answer: Answer = {
		value: input.value,
		evidenceIds: input.evidenceIds ?? prev?.evidenceIds ?? [],
		answeredAt: at
	};
	const note = input.note ?? prev?.note;
	if (note !== undefined) answer.note = note;
	if (suggestion && suggestion.checkId === checkId && suggestion.value !== input.value) {
		answer.overridesSuggestion = { suggested: suggestion.value, reason: suggestion.reason.en };
	}
	const log: ChangeLogEntry[] = [];
	if (prev?.value !== input.value) {
		log.push({ at, checkId, field: 'value', old: prev?.value ?? null, new: input.value });
	}
	if (prev?.note !== note) {
		log.push({ at, checkId, field: 'note', old: prev?.note ?? null, new: note ?? null });
	}
	return {
		...e,
		answers: { ...e.answers, [checkId]: answer },
		changeLog: log.length ? [...e.changeLog, ...log] : e.changeLog,
		updatedAt: at
	};
}

/** True when the answer was recorded against the app's suggestion. */
export function overridesSuggestion(a: Answer | undefined): boolean {
	return a?.overridesSuggestion !== undefined;
}
