/**
 * Hand-built catalogs for tests: small enough that every expected score can be computed by
 * hand. Group ids decide the section (A… pre, B… in, C… post), as in the real catalog.
 */
import type { AnswerValue } from '../domain/record/common';
import type {
	AgentStage,
	Assessor,
	Catalog,
	Check,
	ChecklistGroup,
	ChecklistSection,
	ServiceAuditItem
} from '../domain/catalog/types';

export interface CatalogSpec {
	/** Group id → its check ids, or 'agent' for the group that refers to the agent sheet. */
	groups: Record<string, string[] | 'agent'>;
	/** Stage id (`S01`) → its check ids. */
	stages?: Record<string, string[]>;
	/** Check ids only an auditor on site can assess. */
	auditorOnly?: string[];
	serviceAudit?: { id: string; section: 'pre' | 'in' | 'post'; evidenceCheckIds: string[] }[];
}

const bi = (s: string) => ({ ko: s, en: s });

/** A check with neutral texts; `no` is taken from the id's suffix. */
export function buildCheck(id: string, assessor: Assessor = 'shopper'): Check {
	return {
		id,
		no: Number(id.split('-')[1] ?? 0),
		text: bi(id),
		clauses: [],
		assessor,
		assessorReason: 'test',
		evidence: ['observation'],
		polarity: 'positive'
	};
}

/** Builds a complete `Catalog` from a compact spec. */
export function buildCatalog(spec: CatalogSpec): Catalog {
	const auditor = new Set(spec.auditorOnly ?? []);
	const check = (id: string) => buildCheck(id, auditor.has(id) ? 'auditor' : 'shopper');
	const sections: ChecklistSection[] = (['A', 'B', 'C'] as const).map((sid, i) => ({
		id: sid,
		label: ['가', '나', '다'][i] ?? sid,
		title: bi(sid),
		groups: Object.entries(spec.groups)
			.filter(([gid]) => gid.startsWith(sid))
			.map(([gid, ids], no): ChecklistGroup => {
				const group: ChecklistGroup = { id: gid, no: no + 1, title: bi(gid), checks: [] };
				if (ids === 'agent') group.refersTo = { sheet: 'agent', note: bi('참고 2') };
				else group.checks = ids.map(check);
				return group;
			})
	}));
	const stages: AgentStage[] = Object.entries(spec.stages ?? {}).map(([sid, ids], i) => ({
		id: sid,
		order: i + 1,
		printedNo: i + 1,
		categoryId: 'K1',
		title: bi(sid),
		checks: ids.map(check)
	}));
	const serviceAudit: ServiceAuditItem[] = (spec.serviceAudit ?? []).map((s) => ({
		...s,
		label: s.id,
		title: bi(s.id),
		criterion: bi(s.id),
		clauses: [],
		evidenceReason: 'test'
	}));
	return {
		version: {
			standard: 'KS S 1006',
			standardName: bi('고객콘택트센터 서비스'),
			criteriaDate: '2025-08-22',
			revision: 1
		},
		checklist: sections,
		agentSheet: {
			title: bi('참고 2'),
			categories: [{ id: 'K1', title: bi('K1'), stageIds: stages.map((s) => s.id) }],
			stages,
			footer: []
		},
		serviceAudit,
		siteAudit: [],
		display: {
			places: [],
			methods: [],
			contents: [],
			classification: {
				standardNo: 'KS S 1006',
				standardName: bi('고객콘택트센터 서비스'),
				grade: '-'
			}
		}
	};
}

/**
 * The small catalog most tests use: pre A1 (4 checks), in B1 (3, IVR) + B2 → agent sheet +
 * B3 (1, auditor only), post C1 (2); agent sheet S01 (2), S02 (2), S11 (1).
 */
export function smallCatalog(): Catalog {
	return buildCatalog({
		groups: {
			A1: ['A1-01', 'A1-02', 'A1-05', 'A1-06'],
			B1: ['B1-02', 'B1-06', 'B1-07'],
			B2: 'agent',
			B3: ['B3-01'],
			C1: ['C1-01', 'C1-02']
		},
		stages: { S01: ['S01-1', 'S01-2'], S02: ['S02-1', 'S02-2'], S11: ['S11-5'] },
		auditorOnly: ['B3-01'],
		serviceAudit: [
			{ id: 'SV1', section: 'pre', evidenceCheckIds: ['A1-01', 'A1-02'] },
			{ id: 'SV2-ga', section: 'in', evidenceCheckIds: ['B1-02', 'B1-06', 'B1-07'] },
			{ id: 'SV3', section: 'post', evidenceCheckIds: ['C1-01', 'C1-02'] }
		]
	});
}

/** The shopper's checks of `smallCatalog()`, in the scoring plan's order. */
export const SMALL_SHOPPER_CHECKS: readonly string[] = [
	'A1-01',
	'A1-02',
	'A1-05',
	'A1-06',
	'B1-02',
	'B1-06',
	'B1-07',
	'C1-01',
	'C1-02',
	'S01-1',
	'S01-2',
	'S02-1',
	'S02-2',
	'S11-5'
];

/** Worked example 1 of docs/scoring.md on `smallCatalog()`: 81 under the default template. */
export const workedExample1: Readonly<Record<string, AnswerValue>> = {
	'A1-01': 'met',
	'A1-02': 'partial',
	'A1-05': 'na',
	'A1-06': 'not-met',
	'B1-02': 'met',
	'B1-06': 'met',
	'B1-07': 'met',
	'S01-1': 'met',
	'S01-2': 'partial',
	'S02-1': 'met',
	'S02-2': 'met',
	'S11-5': 'not-met',
	'C1-01': 'met',
	'C1-02': 'met'
};
