/**
 * Builders that keep the catalog data files short: a check is written once as a spec and
 * gets its id, number and clauses from the group or stage it belongs to.
 */
import type { Assessor, Bilingual, Check, EvidenceKind } from './types';

/** One check as written in the data files; id, number and default clauses are derived. */
export interface CheckSpec {
	ko: string;
	en: string;
	assessor: Assessor;
	/** One line (English) saying why this assessor. */
	why: string;
	evidence: EvidenceKind[];
	/** Overrides the clauses of the group or stage. */
	clauses?: string[];
	/** Set for questions that describe a fault: what "met" means. */
	metMeans?: Bilingual;
}

/** Builds numbered checks `${prefix}${no}`, no padded to `pad` digits, from their specs. */
export function defineChecks(
	prefix: string,
	clauses: readonly string[],
	specs: readonly CheckSpec[],
	pad: number
): Check[] {
	return specs.map((spec, index) => {
		const no = index + 1;
		const check: Check = {
			id: `${prefix}${String(no).padStart(pad, '0')}`,
			no,
			text: { ko: spec.ko, en: spec.en },
			clauses: [...(spec.clauses ?? clauses)],
			assessor: spec.assessor,
			assessorReason: spec.why,
			evidence: [...spec.evidence],
			polarity: spec.metMeans ? 'negative' : 'positive'
		};
		if (spec.metMeans) check.metMeans = spec.metMeans;
		return check;
	});
}
