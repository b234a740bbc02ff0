import { describe, expect, it } from 'vitest';
import { auditVerdict } from './service-audit';
import { rate } from './stats';

const rule = { conformityRate: 0.8, minEvidence: 5 };

describe('service-audit verdict rule', () => {
	it('적합 when the Wilson lower bound reaches 80 %: 16/16 (lower 0.806)', () => {
		const v = auditVerdict(rate(16, 16), 0, rule);
		expect(v.verdict).toBe('적합');
		expect(v.reason.en).toBe('compliance 100.0 % (95 % CI 80.6 %–100.0 %) is at least 80.0 %');
	});
	it('관찰 when the interval straddles 80 %: 15/15 (lower 0.796) and 8/10', () => {
		expect(auditVerdict(rate(15, 15), 0, rule).verdict).toBe('관찰');
		expect(auditVerdict(rate(8, 10), 0, rule).reason.en).toBe(
			'compliance 80.0 % (95 % CI 49.0 %–94.3 %) straddles 80.0 %'
		);
	});
	it('부적합 when the upper bound is below 80 %: 2/10 (upper 0.510)', () => {
		expect(auditVerdict(rate(2, 10), 0, rule).verdict).toBe('부적합');
	});
	it('부적합 on any critical defect, however good the rate', () => {
		const v = auditVerdict(rate(99, 100), 1, rule);
		expect(v.verdict).toBe('부적합');
		expect(v.reason.ko).toBe('증거 중 치명적 결함 1건');
	});
	it('관찰 with fewer than 5 applicable answers, even 4/4 or 0/4', () => {
		expect(auditVerdict(rate(4, 4), 0, rule).verdict).toBe('관찰');
		expect(auditVerdict(rate(0, 4), 0, rule).reason.en).toBe(
			'too little evidence: 4 applicable answers, 5 needed'
		);
		expect(auditVerdict(rate(0, 0), 0, rule).verdict).toBe('관찰');
	});
});
