import { describe, expect, it } from 'vitest';
import { buildTemplate } from '$lib/testing/builders';
import { catalog } from '../catalog';
import { planOfTemplate } from './effective';

describe('planOfTemplate', () => {
	it('equal copies of a template (one per finalized record) share one plan', () => {
		const template = buildTemplate({ thresholds: { pass: 41, excellent: 91 } });
		const first = planOfTemplate(catalog, template);
		const copy = planOfTemplate(catalog, structuredClone(template));
		expect(copy).toBe(first);
		expect(copy.template).toBe(template);
	});

	it('a template that differs in any rule gets a plan of its own', () => {
		const template = buildTemplate({ thresholds: { pass: 42, excellent: 92 } });
		const changed = { ...template, thresholds: { ...template.thresholds, pass: 43 } };
		const plan = planOfTemplate(catalog, changed);
		expect(plan).not.toBe(planOfTemplate(catalog, template));
		expect(plan.template.thresholds.pass).toBe(43);
		expect(plan.key).not.toBe(planOfTemplate(catalog, template).key);
	});
});
