import type { Evaluation } from '$lib/domain/record';
import { bufferedTexts, clearBufferedText, type BufferedText } from '$lib/storage/text-buffer';
import type { EvaluationDraft } from './evaluation-draft.svelte';

/** The stored text of a buffered field; undefined when the field cannot hold text now. */
function storedText(e: Evaluation, field: string): string | undefined {
	if (field === 'overallOpinion' || field === 'scenario') return e[field] ?? '';
	if (field.startsWith('note:')) {
		const answer = e.answers[field.slice('note:'.length)];
		return answer ? (answer.note ?? '') : undefined;
	}
	return undefined;
}

/** When the stored value of a field last changed (0 when never). */
function storedAt(e: Evaluation, field: string): number {
	const checkId = field.startsWith('note:') ? field.slice('note:'.length) : undefined;
	let at = 0;
	for (const entry of e.changeLog) {
		const same = checkId
			? entry.field === 'note' && entry.checkId === checkId
			: entry.field === field;
		if (same && entry.at > at) at = entry.at;
	}
	return at;
}

function write(draft: EvaluationDraft, b: BufferedText): Promise<void> {
	if (b.field.startsWith('note:')) return draft.setNote(b.field.slice('note:'.length), b.text);
	return draft.setText(b.field as 'overallOpinion' | 'scenario', b.text);
}

/**
 * Puts back text that was typed but never stored (a killed tab, a tab that could no longer
 * write): each buffered field newer than its stored value is saved through the draft; entries
 * whose text is stored, or older than what is stored, are dropped. Call only in the tab that
 * may write the evaluation. Returns the fields that were restored.
 */
export async function restoreTypedText(draft: EvaluationDraft): Promise<string[]> {
	const id = draft.evaluation.id;
	const restored: string[] = [];
	for (const b of await bufferedTexts(id)) {
		const stored = storedText(draft.evaluation, b.field);
		if (stored === undefined || stored === b.text || storedAt(draft.evaluation, b.field) > b.at) {
			await clearBufferedText(id, b.field);
			continue;
		}
		if (!draft.editable) continue;
		await write(draft, b);
		await draft.flush();
		// Kept while the write failed: the next load tries again.
		if (!draft.saveError && storedText(draft.evaluation, b.field) === b.text) {
			await clearBufferedText(id, b.field);
			restored.push(b.field);
		}
	}
	return restored;
}
