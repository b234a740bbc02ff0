import { describe, expect, it } from 'vitest';
import { catalog } from '../catalog';
import { aggregateEvaluations } from '../aggregate/aggregate';
import { catalogCheckIds, parseEvaluation } from '../record/parse';
import { defaultTemplate } from '../record/template';
import { buildEvaluation } from '../../testing/builders';
import { allCheckIds, syntheticEvaluations } from '../../testing/synthetic';
import { buildPlan } from './plan';
import { scoreEvaluation } from './score';

const plan = buildPlan(catalog, defaultTemplate());

describe('against the real KS S 1006 catalog', () => {
	it('the plan holds the 56 checklist and 39 agent-sheet checks', () => {
		expect(plan.checkIds).toHaveLength(95);
		expect(plan.stageIds).toHaveLength(11);
	});

	it('the default critical checks B1-06 and B1-07 exist in the catalog', () => {
		const ids = catalogCheckIds(catalog);
		for (const id of defaultTemplate().criticalCheckIds) expect(ids.has(id)).toBe(true);
	});

	it('every evidence check of the service audit items is a catalog check', () => {
		const ids = catalogCheckIds(catalog);
		for (const item of catalog.serviceAudit)
			for (const id of item.evidenceCheckIds) expect(ids.has(id), id).toBe(true);
	});

	it('all met → 100 excellent; nothing answered → incomplete lists only shopper-assessable checks', () => {
		const values = Object.fromEntries(allCheckIds(catalog).map((id) => [id, 'met' as const]));
		const s = scoreEvaluation(buildEvaluation({ values }), plan);
		expect(s.score).toBe(100);
		expect(s.verdict).toBe('excellent');
		const empty = scoreEvaluation(buildEvaluation(), plan);
		const auditorOnly = new Set(
			catalog.checklist
				.flatMap((sec) => sec.groups.flatMap((g) => g.checks))
				.filter((c) => c.assessor === 'auditor')
				.map((c) => c.id)
		);
		expect(empty.incomplete.length).toBeGreaterThan(0);
		expect(empty.incomplete.some((id) => auditorOnly.has(id))).toBe(false);
	});

	it('synthetic evaluations parse against the catalog and aggregate without NaN', () => {
		const evs = syntheticEvaluations(50, catalog, 7);
		for (const e of evs)
			expect(parseEvaluation(JSON.parse(JSON.stringify(e)), { catalog }).ok).toBe(true);
		const r = aggregateEvaluations(evs, { plan, now: Date.UTC(2026, 0, 1) });
		expect(r.overall.n).toBeGreaterThan(0);
		expect(r.serviceAudit.map((s) => s.id)).toEqual(catalog.serviceAudit.map((s) => s.id));
	});
});
