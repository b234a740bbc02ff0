/**
 * The live evaluation being run: every edit goes through a pure domain function, is shown at
 * once and is queued for IndexedDB immediately (see SaveQueue). Shared with the stage screens
 * through a typed context.
 */
import { getContext, setContext } from 'svelte';
import { catalog, checksNeedingAgent } from '$lib/domain/catalog';
import { cleanText } from '$lib/domain/base/text';
import {
	addFollowUp,
	addIvrEvent,
	answer,
	finalize,
	isEditable,
	linkEvidence,
	markNoAgent,
	recordFollowUpResponse,
	removeFollowUp,
	reopen,
	setAgent,
	setConsultedAt,
	setNote,
	setText,
	undoableNoAgent,
	undoIvrEvent,
	undoNoAgent,
	unlinkEvidence,
	type EditContext,
	type FinalizeResult,
	type IvrKey,
	type TextField
} from '$lib/domain/editing';
import type {
	AnswerValue,
	Campaign,
	ConsultedAt,
	Evaluation,
	EvaluationStatus,
	FollowUp,
	IvrEvent,
	Suggestion
} from '$lib/domain/record';
import { isDue, readRecord, type ReadRecord } from '$lib/domain/reading';
import {
	followUpOutcomes,
	ivrSuggestions,
	type EvaluationScore,
	type IvrMetrics
} from '$lib/domain/scoring';
import { summaryOf } from '$lib/domain/summarize';
import type { EvaluationSummary } from '$lib/domain/summary';
import { saveEvaluation } from '$lib/storage/evaluations';
import { dropTaps, journalTap, journaledTaps } from '$lib/storage/ivr-journal';
import { SaveQueue } from './save-queue.svelte';

/** How often the derived follow-up outcomes are re-read while the draft is open. */
const NOW_REFRESH_MS = 15_000;

export class EvaluationDraft {
	#evaluation = $state.raw<Evaluation>() as Evaluation;
	#campaign = $state.raw<Campaign>() as Campaign;
	#now = $state(Date.now());
	#deviceId: string;
	#queue: SaveQueue<Evaluation>;
	#timer: ReturnType<typeof setInterval> | undefined;

	constructor(evaluation: Evaluation, campaign: Campaign, deviceId: string) {
		this.#evaluation = evaluation;
		this.#campaign = campaign;
		this.#deviceId = deviceId;
		this.#queue = new SaveQueue(async (e) => {
			const now = Date.now();
			await saveEvaluation(e, this.#campaign, now, this.#summaryAt(e, now));
			// The taps this write stored need their journal copy no more.
			dropTaps(
				e.id,
				e.ivr.events.map((x) => x.id)
			);
		});
		if (typeof window !== 'undefined') {
			this.#timer = setInterval(() => (this.#now = Date.now()), NOW_REFRESH_MS);
		}
	}

	/** The record as stored: what the shopper entered. */
	get evaluation(): Evaluation {
		return this.#evaluation;
	}
	get campaign(): Campaign {
		return this.#campaign;
	}
	get catalog() {
		return catalog;
	}
	get deviceId(): string {
		return this.#deviceId;
	}
	/** The moment the derived values are read at (refreshed every few seconds and on edits). */
	get now(): number {
		return this.#now;
	}
	get editable(): boolean {
		return isEditable(this.#evaluation);
	}
	/** Follow-up responses can be recorded on any evaluation made here (late ones as a revision). */
	get followUpsEditable(): boolean {
		return this.#evaluation.origin === undefined && this.#evaluation.deleted === undefined;
	}
	get saveError() {
		return this.#queue.error;
	}
	get saving(): boolean {
		return this.#queue.saving;
	}
	get savedAt(): number | null {
		return this.#queue.savedAt;
	}

	/** The evaluation read now (`readRecord`): what every screen and the stored row show. */
	readonly read: ReadRecord = $derived(readRecord(this.#evaluation, this.#campaign, this.#now));
	/** The evaluation as it reads now: follow-up outcomes derived, status resolved. */
	readonly effective: Evaluation = $derived(this.read.evaluation);
	readonly status: EvaluationStatus = $derived(this.read.reading.status);
	readonly plan = $derived(this.read.plan);
	readonly score: EvaluationScore = $derived(this.read.score);
	readonly ivr: IvrMetrics = $derived(this.score.ivr);
	/** Suggested answers from the IVR timings, by check id. */
	readonly ivrSuggestions: Readonly<Record<string, Suggestion>> = $derived(
		Object.fromEntries(ivrSuggestions(this.ivr, this.plan.template).map((s) => [s.checkId, s]))
	);
	/** Follow-up outcomes (A1-05, A1-06) by check id, as they stand now. */
	readonly followUpSuggestions: Readonly<Record<string, Suggestion>> = $derived(
		Object.fromEntries(
			followUpOutcomes(this.#evaluation, this.#campaign, this.#now).map((s) => [s.checkId, s])
		)
	);
	/** The checks "no agent reached" marks N/A on this evaluation's channel. */
	readonly noAgentCheckIds: readonly string[] = $derived(
		checksNeedingAgent(catalog).filter((id) => this.plan.index.has(id))
	);
	/** Whether the last "no agent reached" can be undone. */
	readonly canUndoNoAgent: boolean = $derived(undoableNoAgent(this.#evaluation) !== undefined);

	/** A late follow-up entry (after the evaluation reads final) is a revision with a reason. */
	followUpEntryIsLate(): boolean {
		return this.status === 'final';
	}

	/**
	 * The summary row of `e` from the reading this draft already holds for the screen, when `e`
	 * is the record shown and that reading still holds at `now`; else undefined (built anew).
	 */
	#summaryAt(e: Evaluation, now: number): EvaluationSummary | undefined {
		if (e !== this.#evaluation) return undefined;
		const { reading } = this.read;
		if (isDue(reading.changesAfter, now)) return undefined;
		return summaryOf(e, this.#campaign, reading);
	}

	#ctx(): EditContext {
		const at = Date.now();
		this.#now = at;
		return { at, by: this.#deviceId };
	}

	#commit(next: Evaluation): Promise<void> {
		if (next === this.#evaluation) return Promise.resolve();
		this.#evaluation = next;
		return this.#queue.save(next);
	}

	#edit(op: (e: Evaluation, ctx: EditContext) => Evaluation): Promise<void> {
		if (!this.editable) return Promise.resolve();
		return this.#commit(op(this.#evaluation, this.#ctx()));
	}

	/** Answers a check; records an override when it differs from the app's suggestion. */
	answer(checkId: string, value: AnswerValue): Promise<void> {
		const suggestion = this.ivrSuggestions[checkId] ?? this.followUpSuggestions[checkId];
		return this.#edit((e, ctx) => answer(e, checkId, value, ctx, suggestion));
	}

	/** Sets the note of an answered check. */
	setNote(checkId: string, note: string): Promise<void> {
		return this.#edit((e, ctx) => setNote(e, checkId, cleanText(note), ctx));
	}

	/** Links a stored photo to an answered check as evidence. */
	addEvidence(checkId: string, photoId: string): Promise<void> {
		return this.#edit((e, ctx) => linkEvidence(e, checkId, photoId, ctx));
	}

	/** Removes a photo link from a check. */
	removeEvidence(checkId: string, photoId: string): Promise<void> {
		return this.#edit((e, ctx) => unlinkEvidence(e, checkId, photoId, ctx));
	}

	/** "No agent reached": every check that needs an agent becomes N/A in one step. */
	markNoAgent(): Promise<void> {
		const ids = this.noAgentCheckIds;
		return this.#edit((e, ctx) => markNoAgent(e, ids, ctx));
	}

	/** Undoes the last "no agent reached". */
	undoNoAgent(): Promise<void> {
		return this.#edit((e, ctx) => undoNoAgent(e, ctx));
	}

	/**
	 * Applies an edit of the call recordings (attach, muted stretches, moments, IVR events
	 * measured from audio: src/lib/domain/editing) while the evaluation is editable.
	 */
	editRecording(op: (e: Evaluation, ctx: EditContext) => Evaluation): Promise<void> {
		if (!this.editable) return Promise.resolve();
		return this.#edit(op);
	}

	/**
	 * Records an IVR stopwatch event at the current wall-clock time. The tap is copied to the
	 * journal synchronously before it shows, so a tab killed during its write keeps it.
	 */
	ivrEvent(type: IvrEvent['type'], key?: IvrKey): Promise<void> {
		if (!this.editable) return Promise.resolve();
		const ctx = this.#ctx();
		const tap = { id: crypto.randomUUID(), type, key, at: ctx.at };
		journalTap(this.#evaluation.id, tap);
		return this.#commit(addIvrEvent(this.#evaluation, tap, ctx));
	}

	/** Undoes the last IVR event (and forgets its journal copy). */
	undoIvr(): Promise<void> {
		const last = this.#evaluation.ivr.events.at(-1);
		if (last && this.editable) dropTaps(this.#evaluation.id, [last.id]);
		return this.#edit((e, ctx) => undoIvrEvent(e, ctx));
	}

	/**
	 * Puts back the journaled taps the stored record lacks (a tab killed while writing them),
	 * at their own times; returns how many. Call only in the tab that may write.
	 */
	async restoreIvrTaps(): Promise<number> {
		const id = this.#evaluation.id;
		const events = this.#evaluation.ivr.events;
		const last = events.at(-1)?.at ?? 0;
		const missing = journaledTaps(id).filter((t) => !events.some((x) => x.id === t.id));
		// Only taps after the last stored event belong at the end of the run.
		const stale = missing.filter((t) => t.at < last);
		if (stale.length)
			dropTaps(
				id,
				stale.map((t) => t.id)
			);
		const taps = missing.filter((t) => t.at >= last).sort((a, b) => a.at - b.at);
		if (!this.editable || taps.length === 0) return 0;
		let next = this.#evaluation;
		for (const tap of taps) next = addIvrEvent(next, tap, { at: tap.at, by: this.#deviceId });
		await this.#commit(next);
		return taps.length;
	}

	/** Records a callback request or an e-mail inquiry. */
	addFollowUp(followUp: FollowUp): Promise<void> {
		if (!this.followUpsEditable || this.#evaluation.status === 'final') return Promise.resolve();
		return this.#commit(addFollowUp(this.#evaluation, followUp, this.#ctx()));
	}

	/**
	 * Records when the callback came or the e-mail was answered (undefined clears it). Once the
	 * evaluation reads final, the entry is a revision and `lateReason` is required.
	 */
	setFollowUpResponse(
		id: string,
		respondedAt: number | undefined,
		lateReason?: string
	): Promise<void> {
		if (!this.followUpsEditable) return Promise.resolve();
		const ctx = this.#ctx();
		let e = this.#evaluation;
		const late = this.followUpEntryIsLate();
		if (late && !lateReason?.trim()) return Promise.reject(new Error('reason required'));
		// A record that reads final but is stored as awaiting is settled as final by this entry.
		if (late && e.status === 'awaiting-follow-up') e = { ...e, status: 'final' };
		return this.#commit(
			recordFollowUpResponse(
				e,
				id,
				respondedAt,
				ctx,
				late && lateReason ? cleanText(lateReason) : undefined
			)
		);
	}

	removeFollowUp(id: string): Promise<void> {
		return this.#edit((e, ctx) => removeFollowUp(e, id, ctx));
	}

	/** Sets 종합 의견 or the scenario. */
	setText(field: TextField, value: string): Promise<void> {
		return this.#edit((e, ctx) => setText(e, field, cleanText(value), ctx));
	}

	/** Sets 상담사 현황 (name, team); either may be left empty. */
	setAgent(agent: { name: string; team: string }): Promise<void> {
		const typed = { name: cleanText(agent.name), team: cleanText(agent.team) };
		return this.#edit((e, ctx) => setAgent(e, typed, ctx));
	}

	/** Sets 상담 일시 (Seoul local date and from–to times). */
	setConsultedAt(value: ConsultedAt | undefined): Promise<void> {
		return this.#edit((e, ctx) => setConsultedAt(e, value, ctx));
	}

	/** Locks the evaluation, or returns what still blocks it. */
	async finalize(): Promise<FinalizeResult> {
		const ctx = this.#ctx();
		const result = finalize(this.#evaluation, this.score, this.#campaign, ctx);
		if (result.ok) {
			await this.#commit(result.evaluation);
			await this.flush();
		}
		return result;
	}

	/** Opens a final evaluation as a new revision with a reason. */
	async reopen(reason: string): Promise<void> {
		if (this.#evaluation.origin !== undefined) return;
		await this.#commit(reopen(this.#evaluation, cleanText(reason), this.#ctx()));
	}

	/** Waits until every change is written (page hide, navigation). */
	flush(): Promise<void> {
		return this.#queue.flush();
	}

	dispose(): void {
		if (this.#timer !== undefined) clearInterval(this.#timer);
		this.#queue.dispose();
	}
}

const KEY = Symbol('evaluation-draft');

/** Makes the draft available to the stage screens below. */
export function setDraftContext(draft: EvaluationDraft): void {
	setContext(KEY, draft);
}

/** The draft of the evaluation being run. */
export function getDraftContext(): EvaluationDraft {
	const draft = getContext<EvaluationDraft | undefined>(KEY);
	if (!draft) throw new Error('getDraftContext() outside an evaluation page');
	return draft;
}
