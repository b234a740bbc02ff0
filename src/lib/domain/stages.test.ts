import { describe, expect, it } from 'vitest';
import { buildCampaign, buildEvaluation } from '$lib/testing/builders';
import { catalog } from './catalog';
import { buildPlan } from './scoring';
import { runProgress, runStages, stageCheckIds } from './stages';

const plan = buildPlan(catalog, buildCampaign().template);

describe('run stages', () => {
	it('asks every expected phone check on exactly one screen', () => {
		const asked = runStages.flatMap((s) => stageCheckIds(plan, 'phone', s));
		expect(new Set(asked).size).toBe(asked.length);
		const expected = plan.checkIds.filter((_, i) => plan.expected.phone[i]);
		expect([...asked].sort()).toEqual([...expected].sort());
	});

	it('puts follow-up evidence on the follow-up screen, not on pre-service', () => {
		const followUps = stageCheckIds(plan, 'phone', 'follow-ups');
		expect(followUps).toEqual(expect.arrayContaining(['A1-05', 'A1-06']));
		expect(stageCheckIds(plan, 'phone', 'pre')).not.toContain('A1-06');
	});

	it('asks the 39 agent-sheet checks on the agent screen of a phone evaluation', () => {
		expect(stageCheckIds(plan, 'phone', 'agent')).toHaveLength(39);
	});

	it('asks no IVR checks on an e-mail evaluation (channel exclusions)', () => {
		expect(stageCheckIds(plan, 'email', 'ivr')).toEqual([]);
		expect(stageCheckIds(plan, 'phone', 'ivr').length).toBeGreaterThan(0);
	});

	it('never asks auditor-only checks', () => {
		const asked = runStages.flatMap((s) => stageCheckIds(plan, 'phone', s));
		expect(asked).not.toContain('B5-01');
	});

	it('counts progress per screen and in total on review', () => {
		const e = buildEvaluation({ channel: 'phone', values: { 'S01-1': 'met', 'S01-2': 'na' } });
		const progress = runProgress(plan, e);
		expect(progress.find((p) => p.stage === 'agent')).toEqual({
			stage: 'agent',
			answered: 2,
			total: 39
		});
		const review = progress.find((p) => p.stage === 'review')!;
		expect(review.answered).toBe(2);
		expect(review.total).toBe(plan.expected.phone.reduce((a, b) => a + b, 0));
	});
});
