import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildCampaign, buildEvaluation, T0 } from '$lib/testing/builders';
import { wipeDatabase } from '$lib/testing/database';
import { testUuid } from '$lib/testing/prng';
import { putCampaign } from './campaigns';
import { withDb } from './db';
import { saveEvaluation } from './evaluations';
import { listSummaries } from './summaries';

const MIN = 60_000;
const campaign = buildCampaign({ id: testUuid(5, 0xca) });
// A1-01 met; the callback's A1-06 is left to its outcome. Reserved for T0 + 60 min: pending up
// to and including T0 + 75 min. While pending the score is 100.0 (A1-06 unscored); after it,
// pre = 1/2 = 50 and nothing else is applicable: 50.0.
const awaiting = buildEvaluation({
	id: testUuid(1),
	campaignId: campaign.id,
	values: { 'A1-01': 'met' },
	status: 'awaiting-follow-up',
	followUps: [
		{ id: 'c1', kind: 'callback', via: 'agent', requestedAt: T0, reservedAt: T0 + 60 * MIN }
	]
});
const row = async (now: number) =>
	(await listSummaries(now)).summaries.find((s) => s.id === awaiting.id);

describe('listSummaries: every reader gets the reading at its instant', () => {
	beforeEach(wipeDatabase);
	afterEach(wipeDatabase);

	it('a callback deadline passing: the row is read again on the next list, by whichever screen asks', async () => {
		await putCampaign(campaign, T0);
		await saveEvaluation(awaiting, campaign, T0);
		expect(await row(T0 + 75 * MIN)).toMatchObject({
			status: 'awaiting-follow-up',
			score: 100,
			pendingDeadlines: [T0 + 75 * MIN]
		});
		expect(await row(T0 + 75 * MIN + 1)).toMatchObject({
			status: 'final',
			score: 50,
			verdict: 'fail',
			pendingDeadlines: []
		});
	});

	it('a row written before it held the reading’s slot and weekday is rebuilt from its record', async () => {
		await putCampaign(campaign, T0);
		const night = { ...awaiting, consultedAt: { date: '2025-09-02', from: '23:30', to: '23:40' } };
		await saveEvaluation(night, campaign, T0);
		await withDb(async (db) => {
			const old = await db.get('summaries', night.id);
			const { timeSlot: _slot, weekday: _day, ...before } = old as Record<string, unknown>;
			await db.put('summaries', before as never);
		});
		expect(await row(T0)).toMatchObject({ timeSlot: 'night', weekday: 'tue' });
	});
});
