import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { aggregate } from '$lib/domain/aggregate';
import { loadScoredEvaluation } from '$lib/state/report-data';
import { putCampaign } from '$lib/storage/campaigns';
import { saveEvaluation } from '$lib/storage/evaluations';
import { listSummaries } from '$lib/storage/summaries';
import { buildCampaign, buildEvaluation, buildTemplate, T0 } from '$lib/testing/builders';
import { wipeDatabase } from '$lib/testing/database';
import { testUuid } from '$lib/testing/prng';
import { loadDashboard } from './load-dashboard';

// A1-01 met, A1-02 not met (pre 50), C1-01 met (post 100), nothing in 나 applicable:
// 20 / 60 / 20 gives (20·50 + 20·100) / 40 = 75.0, pass at 40;
// 60 / 20 / 20 gives (60·50 + 20·100) / 80 = 62.5, fail at 70.
const before = buildCampaign({
	id: testUuid(7, 0xca),
	template: buildTemplate({ thresholds: { pass: 40, excellent: 90 } })
});
const after = {
	...before,
	template: buildTemplate({
		version: 2,
		sectionWeights: { pre: 60, in: 20, post: 20 },
		thresholds: { pass: 70, excellent: 90 }
	}),
	updatedAt: T0 + 10
};
const final = buildEvaluation({
	id: testUuid(1),
	campaignId: before.id,
	values: { 'A1-01': 'met', 'A1-02': 'not-met', 'C1-01': 'met' },
	status: 'final',
	scoredWith: before.template
});

describe('one number on every screen of this device after a template change', () => {
	beforeEach(wipeDatabase);
	afterEach(wipeDatabase);

	it('a finalized record reads 75.0 · pass on the dashboard, the scorecard and the list, not 62.5 · fail under the new template', async () => {
		await putCampaign(before, T0);
		await saveEvaluation(final, before, T0);
		await putCampaign(after, T0 + 10);

		const scorecard = await loadScoredEvaluation(final.id);
		expect(scorecard?.reading).toMatchObject({ score: 75, verdict: 'pass' });
		expect(scorecard?.score.score).toBe(75);

		const data = await loadDashboard(before.id);
		if (!data) throw new Error('the dashboard found no campaign');
		// As Dashboard.svelte aggregates: the campaign's current plan, the records' own readings.
		const shown = aggregate(data.report.items, {
			plan: data.report.plan,
			now: data.now,
			campaigns: new Map([[after.id, after]])
		});
		expect(data.report.plan.template.version).toBe(2);
		expect(shown.overall).toMatchObject({ n: 1, mean: 75 });
		expect(shown.verdicts).toEqual({ excellent: 0, pass: 1, fail: 0 });
		expect(shown.passRate.rate).toBe(1);

		const row = (await listSummaries()).summaries.find((s) => s.id === final.id);
		expect(row).toMatchObject({ score: 75, verdict: 'pass' });
	});
});
