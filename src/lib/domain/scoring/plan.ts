/**
 * A scoring plan: the catalog and a template flattened into index arrays, built once and
 * shared by every score and aggregate. Check i of the plan is `checkIds[i]`; per-check facts
 * are typed arrays so the hot loops touch no objects.
 */
import type { Catalog } from '../catalog/types';
import {
	answerCredit,
	channels,
	type AnswerValue,
	type Channel,
	type Section
} from '../record/common';
import type { ScoringTemplate } from '../record/template';

/** The checklist group holding the IVR checks (참고 1 나(1)). */
export const IVR_GROUP_ID = 'B1';

/** Answer codes stored per check index. earned = code / 2 for codes ≥ 0. */
export const CODE = { NA: -2, UNANSWERED: -1, NOT_MET: 0, PARTIAL: 1, MET: 2 } as const;

/** The code of each answer, from its credit: N/A, else twice the credit. */
export const ANSWER_CODE = Object.fromEntries(
	Object.entries(answerCredit).map(([v, credit]) => [v, credit === null ? CODE.NA : credit * 2])
) as Record<AnswerValue, number>;

export const SECTION_INDEX: Record<Section, number> = { pre: 0, in: 1, post: 2 };
export const IN_PARTS = ['ivr', 'agent', 'other'] as const;
export type InPart = (typeof IN_PARTS)[number];

export interface ScoringPlan {
	/** Identifies catalog revision + template version; scores from another plan are stale. */
	key: string;
	catalog: Catalog;
	template: ScoringTemplate;
	checkIds: string[];
	index: ReadonlyMap<string, number>;
	/** Per check: section 0 pre, 1 in, 2 post. */
	section: Uint8Array;
	/** Per check: 0 ivr, 1 agent, 2 other for 'in' checks; -1 outside 'in'. */
	inPart: Int8Array;
	/** Per check: index into groupIds (agent checks belong to the group referring to 참고 2). */
	group: Int16Array;
	groupIds: string[];
	/** Per check: index into stageIds, -1 for 참고 1 checks. */
	stage: Int16Array;
	stageIds: string[];
	/** Per stage weight, used only when `pooledStages` is false. */
	stageWeight: Float64Array;
	/** True when the template has no stage weights: 총점 = earned / possible × 100. */
	pooledStages: boolean;
	critical: Uint8Array;
	/** Per channel, 1 when an evaluation on that channel is expected to answer the check. */
	expected: Record<Channel, Uint8Array>;
}

/** Flattens a catalog and a template into a plan (do it once per campaign, not per score). */
export function buildPlan(catalog: Catalog, template: ScoringTemplate): ScoringPlan {
	const checkIds: string[] = [];
	const sec: number[] = [];
	const part: number[] = [];
	const grp: number[] = [];
	const stg: number[] = [];
	const shopper: boolean[] = [];
	const groupIds: string[] = [];
	let agentGroup = -1;
	const sectionOfLetter = { A: 0, B: 1, C: 2 } as const;
	for (const s of catalog.checklist) {
		for (const g of s.groups) {
			const gi = groupIds.push(g.id) - 1;
			if (g.refersTo?.sheet === 'agent') agentGroup = gi;
			for (const c of g.checks) {
				checkIds.push(c.id);
				sec.push(sectionOfLetter[s.id]);
				part.push(s.id !== 'B' ? -1 : g.id === IVR_GROUP_ID ? 0 : 2);
				grp.push(gi);
				stg.push(-1);
				shopper.push(c.assessor !== 'auditor');
			}
		}
	}
	const stageIds = catalog.agentSheet.stages.map((s) => s.id);
	catalog.agentSheet.stages.forEach((st, si) => {
		for (const c of st.checks) {
			checkIds.push(c.id);
			sec.push(1);
			part.push(1);
			grp.push(agentGroup);
			stg.push(si);
			shopper.push(c.assessor !== 'auditor');
		}
	});
	const weights = template.stageWeights;
	const pooledStages = Object.keys(weights).length === 0;
	const stageWeight = Float64Array.from(stageIds, (id) => weights[id] ?? 1);
	const criticalSet = new Set(template.criticalCheckIds);
	const expected = {} as Record<Channel, Uint8Array>;
	for (const ch of channels) {
		const excluded = new Set(template.channelExclusions[ch] ?? []);
		expected[ch] = Uint8Array.from(checkIds, (id, i) => {
			const g = groupIds[grp[i] ?? -1];
			const st = stageIds[stg[i] ?? -1];
			const out =
				excluded.has(id) ||
				(g !== undefined && excluded.has(g)) ||
				(st !== undefined && excluded.has(st));
			return shopper[i] && !out ? 1 : 0;
		});
	}
	return {
		key: planKey(catalog, template),
		catalog,
		template,
		checkIds,
		index: new Map(checkIds.map((id, i) => [id, i])),
		section: Uint8Array.from(sec),
		inPart: Int8Array.from(part),
		group: Int16Array.from(grp),
		groupIds,
		stage: Int16Array.from(stg),
		stageIds,
		stageWeight,
		pooledStages,
		critical: Uint8Array.from(checkIds, (id) => (criticalSet.has(id) ? 1 : 0)),
		expected
	};
}

/** FNV-1a of a string: detects a template edited without a version bump. */
/** The key of a template's plan: equal for equal templates (and catalog), so plans are shared. */
export function planKey(catalog: Catalog, template: ScoringTemplate): string {
	return `${catalog.version.revision}:${template.id}@${template.version}:${hash(JSON.stringify(template))}`;
}

function hash(s: string): string {
	let h = 0x811c9dc5;
	for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
	return (h >>> 0).toString(36);
}
