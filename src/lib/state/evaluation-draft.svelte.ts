/**
 * The live evaluation being run: every edit goes through a pure domain function, is shown at
 * once and is queued for IndexedDB immediately (see SaveQueue). Shared with the stage screens
 * through a typed context.
 */
import { getContext, setContext } from 'svelte';
import { catalog } from '$lib/domain/catalog';
import {
	addFollowUp,
	addIvrEvent,
	applyFollowUpOutcomes,
	finalize,
	isEditable,
	removeFollowUp,
	reopen,
	setFollowUpResponse,
	undoIvrEvent,
	type FinalizeResult,
	type IvrKey
} from '$lib/domain/editing';
import {
	applyAnswer,
	type AnswerValue,
	type Campaign,
	type Evaluation,
	type FollowUp,
	type IvrEvent,
	type Suggestion
} from '$lib/domain/record';
import {
	followUpAnswers,
	ivrSuggestions,
	scoreEvaluation,
	type EvaluationScore,
	type IvrMetrics
} from '$lib/domain/scoring';
import { planOf, saveEvaluation } from '$lib/storage/evaluations';
import { SaveQueue } from './save-queue.svelte';

type TextField = 'overallOpinion' | 'scenario';

export class EvaluationDraft {
	#evaluation = $state.raw<Evaluation>() as Evaluation;
	#campaign = $state.raw<Campaign>() as Campaign;
	#queue: SaveQueue<Evaluation>;

	constructor(evaluation: Evaluation, campaign: Campaign) {
		this.#evaluation = evaluation;
		this.#campaign = campaign;
		this.#queue = new SaveQueue((e) => saveEvaluation(e, this.#campaign, Date.now()));
	}

	get evaluation(): Evaluation {
		return this.#evaluation;
	}
	get campaign(): Campaign {
		return this.#campaign;
	}
	get catalog() {
		return catalog;
	}
	get editable(): boolean {
		return isEditable(this.#evaluation);
	}
	/** The follow-ups can still be recorded while the evaluation awaits them. */
	get followUpsEditable(): boolean {
		return (
			this.#evaluation.origin === undefined &&
			(this.#evaluation.status === 'draft' || this.#evaluation.status === 'awaiting-follow-up')
		);
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

	readonly plan = $derived(planOf(this.#campaign));
	readonly score: EvaluationScore = $derived(scoreEvaluation(this.#evaluation, this.plan));
	readonly ivr: IvrMetrics = $derived(this.score.ivr);
	/** Suggested answers from the IVR timings, by check id. */
	readonly ivrSuggestions: Readonly<Record<string, Suggestion>> = $derived(
		Object.fromEntries(ivrSuggestions(this.ivr, this.#campaign.template).map((s) => [s.checkId, s]))
	);

	/** Suggestions from follow-ups at `now` (A1-05, A1-06). */
	followUpSuggestions(now: number): Suggestion[] {
		return followUpAnswers(this.#evaluation, this.#campaign, now);
	}

	#commit(next: Evaluation): Promise<void> {
		if (next === this.#evaluation) return Promise.resolve();
		this.#evaluation = next;
		return this.#queue.save(next);
	}

	/** Answers a check; records an override when it differs from the app's suggestion. */
	answer(checkId: string, value: AnswerValue): Promise<void> {
		if (!this.editable) return Promise.resolve();
		const suggestion = this.ivrSuggestions[checkId];
		return this.#commit(applyAnswer(this.#evaluation, checkId, { value }, Date.now(), suggestion));
	}

	/** Sets the note of an answered check. */
	setNote(checkId: string, note: string): Promise<void> {
		const current = this.#evaluation.answers[checkId];
		if (!this.editable || !current || (current.note ?? '') === note) return Promise.resolve();
		return this.#commit(
			applyAnswer(this.#evaluation, checkId, { value: current.value, note }, Date.now())
		);
	}

	/** Links a stored photo to an answered check as evidence. */
	addEvidence(checkId: string, photoId: string): Promise<void> {
		const current = this.#evaluation.answers[checkId];
		if (!this.editable || !current) return Promise.resolve();
		return this.#commit(
			applyAnswer(
				this.#evaluation,
				checkId,
				{ value: current.value, evidenceIds: [...current.evidenceIds, photoId] },
				Date.now()
			)
		);
	}

	/** Removes a photo link from a check. */
	removeEvidence(checkId: string, photoId: string): Promise<void> {
		const current = this.#evaluation.answers[checkId];
		if (!this.editable || !current) return Promise.resolve();
		return this.#commit(
			applyAnswer(
				this.#evaluation,
				checkId,
				{ value: current.value, evidenceIds: current.evidenceIds.filter((id) => id !== photoId) },
				Date.now()
			)
		);
	}

	/** Records an IVR stopwatch event at the current wall-clock time. */
	ivrEvent(type: IvrEvent['type'], key?: IvrKey): Promise<void> {
		if (!this.editable) return Promise.resolve();
		return this.#commit(
			addIvrEvent(this.#evaluation, { id: crypto.randomUUID(), type, key }, Date.now())
		);
	}

	/** Undoes the last IVR event. */
	undoIvr(): Promise<void> {
		if (!this.editable) return Promise.resolve();
		return this.#commit(undoIvrEvent(this.#evaluation, Date.now()));
	}

	/** Records a callback request or an e-mail inquiry. */
	addFollowUp(followUp: FollowUp): Promise<void> {
		if (!this.followUpsEditable) return Promise.resolve();
		return this.#commit(addFollowUp(this.#evaluation, followUp, Date.now()));
	}

	/** Records when the callback or e-mail answer came (undefined clears it). */
	setFollowUpResponse(id: string, respondedAt: number | undefined): Promise<void> {
		if (!this.followUpsEditable) return Promise.resolve();
		const now = Date.now();
		const next = setFollowUpResponse(this.#evaluation, id, respondedAt, now);
		return this.#commit(applyFollowUpOutcomes(next, this.#campaign, now));
	}

	removeFollowUp(id: string): Promise<void> {
		if (!this.followUpsEditable) return Promise.resolve();
		return this.#commit(removeFollowUp(this.#evaluation, id, Date.now()));
	}

	/** Applies follow-up deadlines that have passed at `now` (missed → not met). */
	applyFollowUpOutcomes(now: number): Promise<void> {
		if (!this.followUpsEditable) return Promise.resolve();
		return this.#commit(applyFollowUpOutcomes(this.#evaluation, this.#campaign, now));
	}

	/** Sets 종합 의견 or the scenario. */
	setText(field: TextField, value: string): Promise<void> {
		if (!this.editable || (this.#evaluation[field] ?? '') === value) return Promise.resolve();
		const now = Date.now();
		const e = this.#evaluation;
		return this.#commit({
			...e,
			[field]: value,
			changeLog: [...e.changeLog, { at: now, field, old: e[field] ?? null, new: value }],
			updatedAt: now
		});
	}

	/** Sets 상담사 현황 (name, team); either may be left empty. */
	setAgent(agent: { name: string; team: string }): Promise<void> {
		if (!this.editable) return Promise.resolve();
		const now = Date.now();
		const e = this.#evaluation;
		const next: Evaluation['agent'] = {};
		if (agent.name.trim()) next.name = agent.name.trim();
		if (agent.team.trim()) next.team = agent.team.trim();
		const old = JSON.stringify(e.agent ?? {});
		if (old === JSON.stringify(next)) return Promise.resolve();
		return this.#commit({
			...e,
			agent: next,
			changeLog: [...e.changeLog, { at: now, field: 'agent', old, new: JSON.stringify(next) }],
			updatedAt: now
		});
	}

	/** Sets 상담 일시 (Seoul local date and from–to times). */
	setConsultedAt(value: NonNullable<Evaluation['consultedAt']>): Promise<void> {
		if (!this.editable) return Promise.resolve();
		const now = Date.now();
		const e = this.#evaluation;
		const old = e.consultedAt
			? `${e.consultedAt.date} ${e.consultedAt.from}–${e.consultedAt.to}`
			: null;
		const text = `${value.date} ${value.from}–${value.to}`;
		if (old === text) return Promise.resolve();
		return this.#commit({
			...e,
			consultedAt: value,
			changeLog: [...e.changeLog, { at: now, field: 'consultedAt', old, new: text }],
			updatedAt: now
		});
	}

	/** Locks the evaluation, or returns what still blocks it. */
	async finalize(): Promise<FinalizeResult> {
		const result = finalize(this.#evaluation, this.score, this.#campaign, Date.now());
		if (result.ok) {
			await this.#commit(result.evaluation);
			await this.flush();
		}
		return result;
	}

	/** Opens a final evaluation as a new revision with a reason. */
	async reopen(reason: string): Promise<void> {
		if (this.#evaluation.origin !== undefined) return;
		await this.#commit(reopen(this.#evaluation, reason, Date.now()));
	}

	/** Waits until every change is written (page hide, navigation). */
	flush(): Promise<void> {
		return this.#queue.flush();
	}

	dispose(): void {
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
