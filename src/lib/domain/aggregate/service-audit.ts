/**
 * The suggested verdict for a 서비스 심사기준 item from the pooled answers to its evidence
 * checks. The auditor decides; this only proposes, with the reason.
 */
import type { Reason } from '../record/common';
import type { Rate } from './stats';
import { percentText } from '../scoring/format-score';

export type AuditVerdict = '적합' | '부적합' | '관찰';

export interface AuditRule {
	/** Compliance rate a conforming center reaches (default 0.8, the pass threshold / 100). */
	conformityRate: number;
	/** Fewer applicable answers than this is too little evidence (default 5). */
	minEvidence: number;
}

const pct = (x: number | null) => `${percentText(x, 1)} %`;

/**
 * 부적합 on any critical defect or when the Wilson upper bound is below the rate; 관찰 with
 * fewer than `minEvidence` answers or when the interval straddles the rate; 적합 when the
 * lower bound reaches it.
 */
export function auditVerdict(
	evidence: Rate,
	criticalDefects: number,
	rule: AuditRule
): { verdict: AuditVerdict; reason: Reason } {
	const target = pct(rule.conformityRate);
	if (criticalDefects > 0) {
		return {
			verdict: '부적합',
			reason: {
				en: `${criticalDefects} critical defect(s) in the evidence`,
				ko: `증거 중 치명적 결함 ${criticalDefects}건`
			}
		};
	}
	if (evidence.n < rule.minEvidence || evidence.low === null || evidence.high === null) {
		return {
			verdict: '관찰',
			reason: {
				en: `too little evidence: ${evidence.n} applicable answers, ${rule.minEvidence} needed`,
				ko: `증거 부족: 해당 응답 ${evidence.n}건 (필요 ${rule.minEvidence}건)`
			}
		};
	}
	const range = `${pct(evidence.low)}–${pct(evidence.high)}`;
	if (evidence.high < rule.conformityRate) {
		return {
			verdict: '부적합',
			reason: {
				en: `compliance ${pct(evidence.rate)} (95 % CI ${range}) is below ${target}`,
				ko: `준수율 ${pct(evidence.rate)} (95% 신뢰구간 ${range}) < ${target}`
			}
		};
	}
	if (evidence.low >= rule.conformityRate) {
		return {
			verdict: '적합',
			reason: {
				en: `compliance ${pct(evidence.rate)} (95 % CI ${range}) is at least ${target}`,
				ko: `준수율 ${pct(evidence.rate)} (95% 신뢰구간 ${range}) ≥ ${target}`
			}
		};
	}
	return {
		verdict: '관찰',
		reason: {
			en: `compliance ${pct(evidence.rate)} (95 % CI ${range}) straddles ${target}`,
			ko: `준수율 ${pct(evidence.rate)} (95% 신뢰구간 ${range})이 ${target} 걸쳐 있음`
		}
	};
}
