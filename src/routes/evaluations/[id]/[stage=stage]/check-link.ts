/**
 * Where the review sends an unanswered or blocking check: the screen that asks it. The link
 * is `/evaluations/{id}/{stage}#check-{checkId}`; CheckItem gives its card that id.
 */
import { checkById } from '$lib/domain/catalog';
import type { Locale } from '$lib/i18n';
import type { ScoringPlan } from '$lib/domain/scoring';
import { stageOfCheck, type RunStage } from '$lib/domain/stages';

/** The run screen that asks a check (undefined for ids outside the plan). */
export function screenOf(
	plan: ScoringPlan,
	checkId: string
): Exclude<RunStage, 'review'> | undefined {
	const index = plan.index.get(checkId);
	return index === undefined ? undefined : stageOfCheck(plan, index);
}

/** The check's text in the current language (the id when it left the catalog). */
export function checkText(checkId: string, locale: Locale): string {
	const check = checkById(checkId);
	return check ? check.text[locale] : checkId;
}
