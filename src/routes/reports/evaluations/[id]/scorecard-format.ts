/** What the scorecard shows of an evaluation: which rows, which marks, how numbers read. */
import type {
	AgentCategory,
	AgentStage,
	Check,
	ChecklistGroup,
	ChecklistSection
} from '$lib/domain/catalog';
import type { Answer, AnswerValue, Evaluation } from '$lib/domain/record';
import type { ScoringPlan } from '$lib/domain/scoring';
import { answerSheetSign, unansweredSign } from '$lib/domain/scoring/labels';

export type Mark = AnswerValue | 'unanswered';

/** The sign printed in the O/X column, as on the paper checklist. */
export const MARK_SIGN: Record<Mark, string> = { ...answerSheetSign, unanswered: unansweredSign };

/** The mark of a check: its answer, or unanswered. */
export function markOf(answer: Answer | undefined): Mark {
	return answer?.value ?? 'unanswered';
}

const CIRCLED = ['①', '②', '③', '④', '⑤', '⑥', '⑦', '⑧', '⑨', '⑩'];

/** The number as printed: `1)` on 참고 1, `①` on 참고 2. */
export function printedNumber(check: Check, agentSheet: boolean): string {
	return agentSheet ? (CIRCLED[check.no - 1] ?? `${check.no})`) : `${check.no})`;
}

/** The checks of the plan this evaluation answered or was expected to answer. */
export function shownCheckIds(plan: ScoringPlan, e: Evaluation): Set<string> {
	const expected = plan.expected[e.channel];
	const shown = new Set<string>();
	plan.checkIds.forEach((id, i) => {
		if (expected[i] || e.answers[id] !== undefined) shown.add(id);
	});
	return shown;
}

export interface ChecklistGroupRows {
	group: ChecklistGroup;
	checks: Check[];
}

export interface ChecklistSectionRows {
	section: ChecklistSection;
	groups: ChecklistGroupRows[];
}

/**
 * 참고 1 as the scorecard prints it: sections and groups with at least one shown check. The
 * 나(2) 상담 group, which points to 참고 2, is kept (with no checks) when any agent check shows.
 */
export function checklistRows(plan: ScoringPlan, shown: Set<string>): ChecklistSectionRows[] {
	const anyAgent = plan.catalog.agentSheet.stages.some((s) =>
		s.checks.some((c) => shown.has(c.id))
	);
	const out: ChecklistSectionRows[] = [];
	for (const section of plan.catalog.checklist) {
		const groups: ChecklistGroupRows[] = [];
		for (const group of section.groups) {
			const checks = group.checks.filter((c) => shown.has(c.id));
			if (checks.length > 0 || (group.refersTo && anyAgent)) groups.push({ group, checks });
		}
		if (groups.length > 0) out.push({ section, groups });
	}
	return out;
}

export interface AgentStageRows {
	category: AgentCategory;
	stage: AgentStage;
	checks: Check[];
}

/** 참고 2 stages with at least one shown check, each with its 분류. */
export function agentRows(plan: ScoringPlan, shown: Set<string>): AgentStageRows[] {
	const sheet = plan.catalog.agentSheet;
	const out: AgentStageRows[] = [];
	for (const stage of sheet.stages) {
		const checks = stage.checks.filter((c) => shown.has(c.id));
		const category = sheet.categories.find((c) => c.id === stage.categoryId);
		if (checks.length > 0 && category) out.push({ category, stage, checks });
	}
	return out;
}

/** The year, month and day of a `YYYY-MM-DD` date. */
export function dateParts(date: string): { y: number; m: number; d: number } {
	const [y = 0, m = 0, d = 0] = date.split('-').map(Number);
	return { y, m, d };
}
