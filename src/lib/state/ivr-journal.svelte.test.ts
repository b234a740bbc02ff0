import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { putCampaign } from '$lib/storage/campaigns';
import { getEvaluation, saveEvaluation } from '$lib/storage/evaluations';
import { journaledTaps, journalTap } from '$lib/storage/ivr-journal';
import { buildCampaign, buildEvaluation, T0 } from '$lib/testing/builders';
import { wipeDatabase } from '$lib/testing/database';
import { testUuid } from '$lib/testing/prng';
import { EvaluationDraft } from './evaluation-draft.svelte';

const campaign = buildCampaign({ id: testUuid(3, 0xca) });
const evaluation = () =>
	buildEvaluation({ id: testUuid(31), campaignId: campaign.id, status: 'draft' });

describe('the IVR tap journal', () => {
	beforeEach(async () => {
		await wipeDatabase();
		localStorage.clear();
		await putCampaign(campaign);
	});
	afterEach(async () => {
		localStorage.clear();
		await wipeDatabase();
	});

	it('a tap is in the journal before its write ends, and leaves it once stored', async () => {
		const draft = new EvaluationDraft(evaluation(), campaign, 'd-test');
		const saved = draft.ivrEvent('dial');
		expect(journaledTaps(testUuid(31)).map((t) => t.type)).toEqual(['dial']);
		await saved;
		await draft.flush();
		expect(journaledTaps(testUuid(31))).toEqual([]);
		expect((await getEvaluation(testUuid(31)))?.ivr.events.map((e) => e.type)).toEqual(['dial']);
		draft.dispose();
	});

	it('an undone tap leaves the journal at once', async () => {
		const draft = new EvaluationDraft(evaluation(), campaign, 'd-test');
		void draft.ivrEvent('dial');
		void draft.ivrEvent('menu', '1');
		await draft.undoIvr();
		expect(journaledTaps(testUuid(31)).map((t) => t.type)).not.toContain('menu');
		await draft.flush();
		draft.dispose();
	});

	it('taps the record lacks are put back at their own times; older ones are dropped', async () => {
		const stored = evaluation();
		await saveEvaluation(stored, campaign, T0);
		journalTap(stored.id, { id: 'late-1', type: 'dial', at: T0 + 5_000 });
		journalTap(stored.id, { id: 'late-2', type: 'menu', key: '2', at: T0 + 9_000 });
		const draft = new EvaluationDraft(stored, campaign, 'd-test');
		expect(await draft.restoreIvrTaps()).toBe(2);
		await draft.flush();
		const events = (await getEvaluation(stored.id))?.ivr.events;
		expect(events?.map((e) => [e.id, e.type, e.key, e.at])).toEqual([
			['late-1', 'dial', undefined, T0 + 5_000],
			['late-2', 'menu', '2', T0 + 9_000]
		]);
		expect(journaledTaps(stored.id)).toEqual([]);
		// A second load finds nothing to put back.
		expect(await new EvaluationDraft(draft.evaluation, campaign, 'd-test').restoreIvrTaps()).toBe(
			0
		);
		draft.dispose();
	});
});
