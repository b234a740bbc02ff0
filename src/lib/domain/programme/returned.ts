/** Where a returned evaluation opens: the first check its reviewer commented on. */
import type { ScoringPlan } from '../scoring/plan';
import { runStages, stageOfCheck, type RunStage } from '../stages';
import type { ReturnComment } from './review';

export interface CommentedCheck {
	checkId: string;
	stage: Exclude<RunStage, 'review'>;
}

/**
 * The commented check the shopper meets first walking the run (screen order, then the
 * catalog's order on the screen), or undefined when no comment names a check of the plan.
 */
export function firstCommentedCheck(
	comments: readonly ReturnComment[],
	plan: ScoringPlan
): CommentedCheck | undefined {
	let best: (CommentedCheck & { rank: number }) | undefined;
	for (const { checkId } of comments) {
		const index = checkId === undefined ? undefined : plan.index.get(checkId);
		if (checkId === undefined || index === undefined) continue;
		const stage = stageOfCheck(plan, index);
		const rank = runStages.indexOf(stage) * plan.checkIds.length + index;
		if (!best || rank < best.rank) best = { checkId, stage, rank };
	}
	return best && { checkId: best.checkId, stage: best.stage };
}
