/** Replaying a change log: the answers it describes, rebuilt from its entries alone. */
import type { AnswerValue } from '../record/common';
import type { Answer, ChangeLogEntry } from '../record/evaluation';

/**
 * The answers that a change log produces, entry by entry. For a record made by the domain
 * operations this equals its `answers` exactly: the log is complete evidence of them.
 */
export function replayAnswers(log: readonly ChangeLogEntry[]): Record<string, Answer> {
	const answers: Record<string, Answer> = {};
	for (const entry of log) {
		const id = entry.checkId;
		const prev = id === undefined ? undefined : answers[id];
		switch (entry.field) {
			case 'answer': {
				if (id === undefined) break;
				const next: Answer = {
					value: entry.new as AnswerValue,
					evidenceIds: prev?.evidenceIds ?? [],
					answeredAt: entry.at
				};
				if (prev?.note !== undefined) next.note = prev.note;
				if (entry.suggested !== undefined)
					next.overridesSuggestion = { suggested: entry.suggested, reason: entry.reason };
				answers[id] = next;
				break;
			}
			case 'note':
				if (id === undefined || !prev) break;
				answers[id] = { ...prev };
				if (entry.new === null) delete answers[id].note;
				else answers[id].note = entry.new as string;
				break;
			case 'evidence':
				if (id === undefined || !prev) break;
				answers[id] = { ...prev, evidenceIds: [...(entry.new as string[])] };
				break;
			case 'no-agent':
				for (const checkId of Object.keys(entry.old as Record<string, unknown>)) {
					const before = answers[checkId];
					const next: Answer = {
						value: 'na',
						evidenceIds: before?.evidenceIds ?? [],
						answeredAt: entry.at
					};
					if (before?.note !== undefined) next.note = before.note;
					answers[checkId] = next;
				}
				break;
			case 'no-agent-undone':
				for (const [checkId, value] of Object.entries(entry.new as Record<string, unknown>)) {
					const before = answers[checkId];
					if (!before) continue;
					if (value === null) delete answers[checkId];
					else if (value !== 'na')
						answers[checkId] = { ...before, value: value as AnswerValue, answeredAt: entry.at };
				}
				break;
			case 'deleted':
				for (const key of Object.keys(answers)) delete answers[key];
				break;
			default:
				break;
		}
	}
	return answers;
}
