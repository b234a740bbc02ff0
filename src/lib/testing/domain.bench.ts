/**
 * Domain performance: scoring, aggregation (raw and pre-scored) and zod validation.
 * Targets: aggregate 10,000 evaluations ≤ 50 ms; validate 1,000 ≤ 200 ms. Synthetic data is
 * seeded, so every run measures the same work.
 */
import { bench, describe } from 'vitest';
import { catalog } from '../domain/catalog';
import { aggregate, aggregateEvaluations, type ScoredEvaluation } from '../domain/aggregate';
import { defaultTemplate, parseEvaluation } from '../domain/record';
import { readRecord } from '../domain/reading';
import { buildPlan, scoreEvaluation } from '../domain/scoring';
import { buildCampaign } from './builders';
import { syntheticEvaluations } from './synthetic';

const plan = buildPlan(catalog, defaultTemplate());
const evaluations = syntheticEvaluations(10_000, catalog, 42);
const campaign = buildCampaign({ emailAnswerStandardHours: 24 });
const ctx = {
	plan,
	now: Date.UTC(2026, 0, 1),
	campaigns: new Map([[campaign.id, campaign]])
};
const scored: ScoredEvaluation[] = evaluations.map((e) => readRecord(e, campaign, ctx.now));
const json = evaluations.slice(0, 1000).map((e) => JSON.parse(JSON.stringify(e)) as unknown);
const one = evaluations[0]!;

describe(`domain (${plan.checkIds.length} checks, real catalog)`, () => {
	bench('score one evaluation', () => {
		scoreEvaluation(one, plan);
	});
	bench('aggregate 10,000 evaluations read once', () => {
		aggregate(scored, ctx);
	});
	bench(
		'aggregate 10,000 raw evaluations (reading included)',
		() => {
			aggregateEvaluations(evaluations, ctx);
		},
		{ iterations: 5 }
	);
	bench(
		'zod-validate 1,000 evaluations (parseEvaluation)',
		() => {
			for (const doc of json) parseEvaluation(doc, { catalog });
		},
		{ iterations: 5 }
	);
});
