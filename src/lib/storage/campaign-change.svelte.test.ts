import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answer } from '$lib/domain/editing';
import type { Evaluation } from '$lib/domain/record';
import { rescoreUnderCampaign } from '$lib/state/rescore';
import { buildCampaign, buildEvaluation, buildTemplate, ctxAt, T0 } from '$lib/testing/builders';
import { wipeDatabase } from '$lib/testing/database';
import { testUuid } from '$lib/testing/prng';
import { putCampaign } from './campaigns';
import { getEvaluation, saveEvaluation } from './evaluations';
import { getOutboxRow } from './outbox';
import { listSummaries } from './summaries';

// Pre-service only: A1-01 met, A1-02 not met → 50.0; pass 40 → 합격, pass 60 → 불합격.
const before = buildCampaign({
	id: testUuid(3, 0xca),
	center: { name: '옛 센터', phoneNumbers: [], channels: [] },
	template: buildTemplate({ thresholds: { pass: 40, excellent: 90 } })
});
const after = {
	...before,
	center: { ...before.center, name: '새 센터' },
	template: { ...before.template, version: 2, thresholds: { pass: 60, excellent: 90 } },
	updatedAt: T0 + 10
};
const half = (n: number, overrides: Partial<Evaluation> = {}) =>
	buildEvaluation({
		id: testUuid(n),
		campaignId: before.id,
		values: { 'A1-01': 'met', 'A1-02': 'not-met' },
		...overrides
	});
const row = async (n: number) =>
	(await listSummaries()).summaries.find((s) => s.id === testUuid(n));

describe('a campaign change never leaves stale copies or re-scores finals silently', () => {
	beforeEach(wipeDatabase);
	afterEach(wipeDatabase);

	it('renaming and raising the pass line rebuilds every row; a final keeps its template', async () => {
		await putCampaign(before, T0);
		await saveEvaluation(half(1, { status: 'draft' }), before, T0);
		await saveEvaluation(half(2, { status: 'final', scoredWith: before.template }), before, T0);
		expect((await row(1))?.verdict).toBe('pass');
		expect((await row(2))?.verdict).toBe('pass');

		await putCampaign(after, T0 + 10);
		expect(await row(1)).toMatchObject({ centerName: '새 센터', score: 50, verdict: 'fail' });
		expect(await row(2)).toMatchObject({ centerName: '새 센터', score: 50, verdict: 'pass' });

		// Re-scoring is an explicit, logged step.
		await rescoreUnderCampaign(testUuid(2), '새 합격선 적용');
		expect((await row(2))?.verdict).toBe('fail');
		const stored = await getEvaluation(testUuid(2));
		expect(stored?.changeLog.at(-1)).toMatchObject({
			field: 'rescore',
			old: 1,
			new: 2,
			reason: '새 합격선 적용'
		});
	});

	it('a final from before records kept their template gets the old one pinned, logged', async () => {
		await putCampaign(before, T0);
		const legacy = half(4, { status: 'final' });
		expect(legacy.scoredWith).toBeUndefined();
		await saveEvaluation(legacy, before, T0);
		await putCampaign(after, T0 + 10);
		expect((await row(4))?.verdict).toBe('pass');
		const stored = await getEvaluation(testUuid(4));
		expect(stored?.scoredWith?.thresholds.pass).toBe(40);
		expect(stored?.changeLog.at(-1)).toMatchObject({ field: 'rescore', old: null, new: 1 });
	});

	it('a write that does not continue the stored history is refused and changes nothing', async () => {
		await putCampaign(before, T0);
		const base = half(5, { status: 'draft' });
		await saveEvaluation(base, before, T0);
		const tab1 = answer(base, 'A1-03', 'met', ctxAt(T0 + 1, 'd-tab1'));
		const tab2 = answer(base, 'A1-04', 'met', ctxAt(T0 + 2, 'd-tab2'));
		await saveEvaluation(tab1, before, T0 + 1);
		await expect(saveEvaluation(tab2, before, T0 + 2)).rejects.toMatchObject({
			kind: 'conflict'
		});
		const stored = await getEvaluation(testUuid(5));
		expect(stored?.answers['A1-03']?.value).toBe('met');
		expect(stored?.answers['A1-04']).toBeUndefined();
		// The refused write's rows went with it: the summary and the outbox row are tab 1's.
		expect((await row(5))?.updatedAt).toBe(tab1.updatedAt);
		expect(await getOutboxRow(testUuid(5))).toMatchObject({
			version: tab1.version,
			queuedAt: T0 + 1
		});
	});
});
