/**
 * Shapes of the KS S 1006 catalog. The data lives beside this file; `catalog.schema.ts`
 * validates it at test time. Ids are stable: the same id is used in storage, exports, CSV
 * and URLs, so an id is never renamed or reused once released.
 */

/** A text kept verbatim in Korean with an English translation beside it. */
export interface Bilingual {
	ko: string;
	en: string;
}

/** Who can assess a check: a mystery shopper acting as a customer, an auditor on site, or both. */
export type Assessor = 'shopper' | 'auditor' | 'both';

/** What kind of evidence settles a check. */
export type EvidenceKind = 'observation' | 'timing' | 'follow-up' | 'document';

/** One check: a 확인사항 of 참고 1 or a ①…⑤ question of 참고 2. */
export interface Check {
	/** Stable id, e.g. `A1-06` (참고 1 가(1) 6)) or `S03-5` (참고 2 stage 3 ⑤). */
	id: string;
	/** The number as printed in the seed (1) … 17) or ① … ⑤). */
	no: number;
	text: Bilingual;
	/** The KS S 1006 clause(s) this check evidences, e.g. ['5.2'] or ['6.4.1']. */
	clauses: string[];
	assessor: Assessor;
	/** One line (English) saying why this assessor. */
	assessorReason: string;
	evidence: EvidenceKind[];
	/**
	 * 'negative' when the printed question describes a fault (e.g. "상담사가 먼저 전화를
	 * 끊는지?"): the check is met when the fault is absent. `metMeans` then says so.
	 */
	polarity: 'positive' | 'negative';
	/** For negative checks: what "met" means, in plain words. */
	metMeans?: Bilingual;
}

/** 참고 1, a 평가내용 row: (1) … (6) with its numbered 확인사항. */
export interface ChecklistGroup {
	/** e.g. `A1`, `B1` … `B6`, `C1`. */
	id: string;
	no: number;
	title: Bilingual;
	checks: Check[];
	/** Set on 나(2) 상담: it has no checks of its own and refers to the 참고 2 agent sheet. */
	refersTo?: { sheet: 'agent'; note: Bilingual };
}

/** 참고 1, a 평가항목: 가. 사전 서비스, 나. 서비스, 다. 사후 서비스. */
export interface ChecklistSection {
	/** `A` (가), `B` (나), `C` (다). */
	id: 'A' | 'B' | 'C';
	/** The Korean letter as printed: 가, 나, 다. */
	label: string;
	title: Bilingual;
	groups: ChecklistGroup[];
}

/** 참고 2, a 분류 block of stages. */
export interface AgentCategory {
	id: string;
	title: Bilingual;
	stageIds: string[];
}

/** 참고 2, one stage (항목) with its checks. */
export interface AgentStage {
	/** `S01` … `S11`, in sheet order. */
	id: string;
	/** Position on the sheet, 1 … 11. */
	order: number;
	/** The number as printed within its 분류 (1) … 3)). */
	printedNo: number;
	categoryId: string;
	title: Bilingual;
	checks: Check[];
}

/** 참고 2, the footer fields of the sheet. */
export interface AgentSheetFooterField {
	id: 'totalScore' | 'overallOpinion' | 'consultedAt' | 'agent';
	label: Bilingual;
	/** Sub-fields as printed (상담 일시: date, from, to; 상담사 현황: 성명, 소속). */
	parts?: { id: string; label: Bilingual }[];
}

export interface AgentSheet {
	title: Bilingual;
	categories: AgentCategory[];
	stages: AgentStage[];
	footer: AgentSheetFooterField[];
}

/** 2. 서비스 심사기준: one 심사사항 (or a lettered sub-item of 2)). */
export interface ServiceAuditItem {
	/** `SV1`, `SV2-ga` … `SV2-ma`, `SV3`. */
	id: string;
	/** As printed: '1)', '2) 가)', … */
	label: string;
	/** 'pre' (사전), 'in' (서비스), 'post' (사후): the scoring section it belongs to. */
	section: 'pre' | 'in' | 'post';
	title: Bilingual;
	criterion: Bilingual;
	clauses: string[];
	/** Check ids (참고 1 or 참고 2) whose answers are evidence for this item. */
	evidenceCheckIds: string[];
	/** One line (English) saying why these checks evidence the item. */
	evidenceReason: string;
}

/** 1. 사업장 심사기준: one 심사사항 with its 심사기준 (several when lettered 가), 나), …). */
export interface SiteAuditItem {
	/** e.g. `GA-1`, `NA-3`, `MA-2`. */
	id: string;
	label: string;
	title: Bilingual;
	criteria: { label: string; text: Bilingual }[];
	clauses: string[];
}

export interface SiteAuditArea {
	/** `GA` (가), `NA` (나), `DA` (다), `RA` (라), `MA` (마). */
	id: string;
	label: string;
	title: Bilingual;
	items: SiteAuditItem[];
}

/** 3. 인증의 표시: where and how the KS certification is displayed. */
export interface DisplayRequirement {
	places: Bilingual[];
	methods: Bilingual[];
	contents: Bilingual[];
	classification: { standardNo: string; standardName: Bilingual; grade: string };
}

export interface CatalogVersion {
	standard: 'KS S 1006';
	standardName: Bilingual;
	/** 제정연월일 of the certification audit criteria. */
	criteriaDate: '2025-08-22';
	/** Our revision of this catalog; bumped whenever a text or mapping changes. */
	revision: number;
}

export interface Catalog {
	version: CatalogVersion;
	checklist: ChecklistSection[];
	agentSheet: AgentSheet;
	serviceAudit: ServiceAuditItem[];
	siteAudit: SiteAuditArea[];
	display: DisplayRequirement;
}
