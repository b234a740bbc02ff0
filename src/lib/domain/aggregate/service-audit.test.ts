import { describe, expect, it } from 'vitest';
import { auditVerdict } from './service-audit';
import { rate } from './stats';

const rule = { conformityRate: 0.8, minEvidence: 5 };

describe('service-audit verdict rule', () => {
	it.each([
		// [case, met, applicable, critical defects, verdict, reason language, reason (or null)]
		[
			'적합 when the Wilson lower bound reaches 80 %: 16/16 (lower 0.806)',
			16,
			16,
			0,
			'적합',
			'en',
			'compliance 100.0 % (95 % CI 80.6 %–100.0 %) is at least 80.0 %'
		],
		['관찰 when the interval straddles 80 %: 15/15 (lower 0.796)', 15, 15, 0, '관찰', 'en', null],
		[
			'관찰 when the interval straddles 80 %: 8/10',
			8,
			10,
			0,
			'관찰',
			'en',
			'compliance 80.0 % (95 % CI 49.0 %–94.3 %) straddles 80.0 %'
		],
		[
			'부적합 when the upper bound is below 80 %: 2/10 (upper 0.510)',
			2,
			10,
			0,
			'부적합',
			'en',
			null
		],
		[
			'부적합 on any critical defect, however good the rate',
			99,
			100,
			1,
			'부적합',
			'ko',
			'증거 중 치명적 결함 1건'
		],
		['관찰 with fewer than 5 applicable answers: 4/4', 4, 4, 0, '관찰', 'en', null],
		[
			'관찰 with fewer than 5 applicable answers: 0/4',
			0,
			4,
			0,
			'관찰',
			'en',
			'too little evidence: 4 applicable answers, 5 needed'
		],
		['관찰 with no applicable answer', 0, 0, 0, '관찰', 'en', null]
	] as const)('%s', (_, met, applicable, critical, verdict, language, reason) => {
		const v = auditVerdict(rate(met, applicable), critical, rule);
		expect(v.verdict).toBe(verdict);
		if (reason !== null) expect(v.reason[language]).toBe(reason);
	});
});
