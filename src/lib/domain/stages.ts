/**
 * The guided run's screens and which checks each one asks. A check appears on exactly one
 * screen: follow-up evidence (callbacks, e-mail answers, outbound calls) on the follow-up
 * screen, the IVR group on the IVR screen, 참고 2 on the agent sheet, the rest of 가 on
 * pre-service and the rest of 나/다 on the in-call screen. Only checks the evaluation is
 * expected to answer (shopper-assessable, not excluded for its channel) are asked.
 */
import { checkById } from './catalog';
import type { Channel } from './record/common';
import type { Evaluation } from './record/evaluation';
import { IVR_GROUP_ID, type ScoringPlan } from './scoring/plan';

import { runStages, type RunStage } from './run-stages';

export { isRunStage, runStages, type RunStage } from './run-stages';

/** The screen a check is asked on. */
export function stageOfCheck(plan: ScoringPlan, index: number): Exclude<RunStage, 'review'> {
	const id = plan.checkIds[index]!;
	if (plan.stage[index]! >= 0) return 'agent';
	if (checkById(id)?.evidence.includes('follow-up')) return 'follow-ups';
	if (plan.groupIds[plan.group[index]!] === IVR_GROUP_ID) return 'ivr';
	return plan.section[index] === 0 ? 'pre' : 'in-call';
}

/** The check ids a screen asks for an evaluation on `channel`, in catalog order. */
export function stageCheckIds(plan: ScoringPlan, channel: Channel, stage: RunStage): string[] {
	if (stage === 'review') return [];
	const expected = plan.expected[channel];
	const out: string[] = [];
	for (let i = 0; i < plan.checkIds.length; i++) {
		if (expected[i] && stageOfCheck(plan, i) === stage) out.push(plan.checkIds[i]!);
	}
	return out;
}

export interface StageProgress {
	stage: RunStage;
	answered: number;
	total: number;
}

/** Answered / asked per screen (review counts everything). */
export function runProgress(plan: ScoringPlan, e: Evaluation): StageProgress[] {
	let allAnswered = 0;
	let all = 0;
	const rows = runStages.map((stage) => {
		const ids = stageCheckIds(plan, e.channel, stage);
		const answered = ids.filter((id) => e.answers[id] !== undefined).length;
		allAnswered += answered;
		all += ids.length;
		return { stage, answered, total: ids.length };
	});
	const review = rows[rows.length - 1]!;
	review.answered = allAnswered;
	review.total = all;
	return rows;
}
