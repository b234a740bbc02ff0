/**
 * What an evaluation says at a moment: its answers with the follow-up outcomes derived (never
 * written into the record), its status once nothing is pending, and its score under the
 * template it was finalized with. Every screen, file and (later) the server reads this, so
 * the same evaluation reads the same everywhere.
 */
import type { Catalog } from '../catalog/types';
import type { Campaign } from '../record/campaign';
import type { Suggestion } from '../record/common';
import type { Answer, Evaluation, EvaluationStatus } from '../record/evaluation';
import type { ScoringTemplate } from '../record/template';
import { followUpAnswers, hasPendingFollowUp } from './follow-up';
import { buildPlan, planKey, type ScoringPlan } from './plan';

/** What an evaluation is read under: its campaign's template and published e-mail standard. */
export type CampaignRules = Pick<Campaign, 'template' | 'emailAnswerStandardHours'>;

/** The template an evaluation is scored under: its own once finalized, else the campaign's. */
export function templateOf(
	e: Pick<Evaluation, 'scoredWith'>,
	campaign: Pick<Campaign, 'template'>
): ScoringTemplate {
	return e.scoredWith ?? campaign.template;
}

/** The rules an evaluation reads under: its own template once finalized, else the campaign's. */
export function rulesOf(e: Pick<Evaluation, 'scoredWith'>, campaign: CampaignRules): CampaignRules {
	return e.scoredWith === undefined
		? campaign
		: { template: e.scoredWith, emailAnswerStandardHours: campaign.emailAnswerStandardHours };
}

/** Follow-up outcomes at `now` (A1-05, A1-06) under the evaluation's rules. */
export function followUpOutcomes(
	e: Pick<Evaluation, 'followUps' | 'scoredWith'>,
	campaign: CampaignRules,
	now: number
): Suggestion[] {
	return followUpAnswers(e, rulesOf(e, campaign), now);
}

/** 'awaiting-follow-up' reads 'final' once no follow-up is pending. */
export function effectiveStatus(
	e: Pick<Evaluation, 'status' | 'followUps' | 'scoredWith'>,
	campaign: CampaignRules,
	now: number
): EvaluationStatus {
	if (e.status !== 'awaiting-follow-up') return e.status;
	return hasPendingFollowUp(e, rulesOf(e, campaign), now) ? 'awaiting-follow-up' : 'final';
}

/**
 * The evaluation as it reads at `now`: each follow-up check answered with its derived outcome
 * (the shopper's note and photos stay; an answer the shopper gave deliberately against that
 * very outcome stays), and its effective status. Returns `e` itself when nothing differs.
 */
export function effectiveEvaluation(
	e: Evaluation,
	campaign: CampaignRules,
	now: number
): Evaluation {
	const outcomes = followUpOutcomes(e, campaign, now);
	const status = effectiveStatus(e, campaign, now);
	let answers: Record<string, Answer> | undefined;
	for (const s of outcomes) {
		const a = e.answers[s.checkId];
		if (a?.value === s.value && a.overridesSuggestion === undefined) continue;
		if (a?.overridesSuggestion?.suggested === s.value) continue;
		const next: Answer = {
			value: s.value,
			evidenceIds: a?.evidenceIds ?? [],
			answeredAt: a?.answeredAt ?? e.updatedAt
		};
		if (a?.note !== undefined) next.note = a.note;
		answers ??= { ...e.answers };
		answers[s.checkId] = next;
	}
	if (!answers && status === e.status) return e;
	return { ...e, answers: answers ?? e.answers, status };
}

const plans = new WeakMap<Catalog, Map<string, ScoringPlan>>();
const byTemplate = new WeakMap<Catalog, WeakMap<ScoringTemplate, ScoringPlan>>();

/** The scoring plan of a template, built once per distinct template (and catalog). */
export function planOfTemplate(catalog: Catalog, template: ScoringTemplate): ScoringPlan {
	let own = byTemplate.get(catalog);
	if (!own) byTemplate.set(catalog, (own = new WeakMap()));
	const cached = own.get(template);
	if (cached) return cached;
	let keyed = plans.get(catalog);
	if (!keyed) plans.set(catalog, (keyed = new Map()));
	// Each finalized record holds its own copy of its template: an equal copy finds the plan
	// by key, without building it again (a thousand reports read share one or two plans).
	const key = planKey(catalog, template);
	let shared = keyed.get(key);
	if (!shared) keyed.set(key, (shared = buildPlan(catalog, template)));
	own.set(template, shared);
	return shared;
}

/** The plan an evaluation is scored with (its own template once finalized). */
export function planFor(
	catalog: Catalog,
	e: Pick<Evaluation, 'scoredWith'>,
	campaign: Pick<Campaign, 'template'>
): ScoringPlan {
	return planOfTemplate(catalog, templateOf(e, campaign));
}
