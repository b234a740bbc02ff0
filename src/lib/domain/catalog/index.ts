/**
 * The KS S 1006 catalog and the lookups the rest of the app uses. Lookup maps are built once,
 * at module load; the catalog is never mutated after that.
 */
import { agentSheet } from './agent-sheet';
import { checklist } from './checklist';
import { display } from './display';
import { serviceAudit } from './service-audit';
import { siteAudit } from './site-audit';
import type { AgentStage, Catalog, Check, ChecklistGroup } from './types';

export type * from './types';
export { SITE_ONLY_CHECK_IDS } from './service-audit';

export const catalog: Catalog = {
	version: {
		standard: 'KS S 1006',
		standardName: { ko: '고객콘택트센터 서비스', en: 'Customer contact center services' },
		criteriaDate: '2025-08-22',
		revision: 1
	},
	checklist,
	agentSheet,
	serviceAudit,
	siteAudit,
	display
};

export type ScoringSection = 'pre' | 'in' | 'post';

const CHECKLIST_CHECKS: readonly Check[] = catalog.checklist.flatMap((section) =>
	section.groups.flatMap((group) => group.checks)
);
const AGENT_CHECKS: readonly Check[] = catalog.agentSheet.stages.flatMap((stage) => stage.checks);
const ALL_CHECKS: readonly Check[] = [...CHECKLIST_CHECKS, ...AGENT_CHECKS];
const SHOPPER_CHECKS: readonly Check[] = ALL_CHECKS.filter((check) => check.assessor !== 'auditor');

const CHECK_BY_ID = new Map<string, Check>(ALL_CHECKS.map((check) => [check.id, check]));
const GROUP_BY_CHECK = new Map<string, ChecklistGroup>();
const STAGE_BY_CHECK = new Map<string, AgentStage>();
const SECTION_BY_CHECK = new Map<string, ScoringSection>();

const SECTION_OF_CHECKLIST = { A: 'pre', B: 'in', C: 'post' } as const;

for (const section of catalog.checklist) {
	for (const group of section.groups) {
		for (const check of group.checks) {
			GROUP_BY_CHECK.set(check.id, group);
			SECTION_BY_CHECK.set(check.id, SECTION_OF_CHECKLIST[section.id]);
		}
	}
}
for (const stage of catalog.agentSheet.stages) {
	for (const check of stage.checks) {
		STAGE_BY_CHECK.set(check.id, stage);
		SECTION_BY_CHECK.set(check.id, 'in');
	}
}

/** The check with this id (참고 1 or 참고 2), or undefined. */
export function checkById(id: string): Check | undefined {
	return CHECK_BY_ID.get(id);
}

/** Every check: 참고 1 in sheet order, then 참고 2 in sheet order. */
export function allChecks(): readonly Check[] {
	return ALL_CHECKS;
}

/** The 56 checks of 참고 1, in sheet order. */
export function checklistChecks(): readonly Check[] {
	return CHECKLIST_CHECKS;
}

/** The 39 checks of the 참고 2 agent sheet, in sheet order. */
export function agentChecks(): readonly Check[] {
	return AGENT_CHECKS;
}

/** Checks a mystery shopper answers: assessor 'shopper' or 'both', in catalog order. */
export function shopperChecks(): readonly Check[] {
	return SHOPPER_CHECKS;
}

/** The agent-sheet stage of a 참고 2 check; undefined for 참고 1 checks and unknown ids. */
export function stageOfCheck(id: string): AgentStage | undefined {
	return STAGE_BY_CHECK.get(id);
}

/** The 참고 1 group of a checklist check; undefined for agent-sheet checks and unknown ids. */
export function groupOfCheck(id: string): ChecklistGroup | undefined {
	return GROUP_BY_CHECK.get(id);
}

/**
 * The scoring section of a check: 가 → 'pre', 나 and the agent sheet → 'in', 다 → 'post'.
 * Throws on an unknown id: a stored answer whose id left the catalog is a bug to surface.
 */
export function sectionOfCheck(id: string): ScoringSection {
	const section = SECTION_BY_CHECK.get(id);
	if (!section) throw new Error(`Unknown check id: ${id}`);
	return section;
}

/**
 * 참고 1 checks asked during the call that only an agent can settle: the shopper asks the
 * agent for their recording (B3-01), is or is not given a complaint number by the agent
 * (C1-02), and hears whether the agent asks what resolution they want (C1-03). The IVR checks
 * and the recording notice (B3-03) are heard before any agent and stay.
 */
const IN_CALL_CHECKS_NEEDING_AGENT: readonly string[] = ['B3-01', 'C1-02', 'C1-03'];

/**
 * The checks that need an agent on the line: every question of the 참고 2 agent sheet, then
 * the 참고 1 checks about the agent's behaviour. "No agent reached" marks these N/A in one step.
 */
export function checksNeedingAgent(c: Catalog): readonly string[] {
	const inCatalog = new Set(
		c.checklist.flatMap((s) => s.groups.flatMap((g) => g.checks.map((check) => check.id)))
	);
	return [
		...c.agentSheet.stages.flatMap((s) => s.checks.map((check) => check.id)),
		...IN_CALL_CHECKS_NEEDING_AGENT.filter((id) => inCatalog.has(id))
	];
}
