import { deleteDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Evaluation, FollowUp } from '$lib/domain/record';
import { putCampaign } from '$lib/storage/campaigns';
import { closeDb, DB_NAME } from '$lib/storage/db';
import { saveEvaluation } from '$lib/storage/evaluations';
import { buildCampaign, buildEvaluation, T0 } from '$lib/testing/builders';
import { testUuid } from '$lib/testing/prng';
import { loadDraft } from './draft-loader';
import { FollowUpBadge } from './follow-up-badge.svelte';

const HOUR = 3_600_000;
const campaign = buildCampaign();

function awaiting(n: number, followUps: FollowUp[]): Evaluation {
	return buildEvaluation({ id: testUuid(n), status: 'awaiting-follow-up', followUps });
}

const callback = (id: string, extra: Partial<FollowUp> = {}): FollowUp =>
	({ id, kind: 'callback', via: 'ivr', requestedAt: T0, ...extra }) as FollowUp;

describe('FollowUpBadge against real IndexedDB', () => {
	beforeEach(async () => {
		await closeDb();
		await deleteDB(DB_NAME);
		await putCampaign(campaign);
	});
	afterEach(() => vi.useRealTimers());

	it('counts pending follow-ups across evaluations, not answered or unknown-standard ones', async () => {
		await saveEvaluation(awaiting(1, [callback('a'), callback('b')]), campaign, T0);
		await saveEvaluation(
			awaiting(2, [
				callback('c', { respondedAt: T0 + HOUR }),
				{ id: 'd', kind: 'email', sentAt: T0 }
			]),
			campaign,
			T0 + HOUR
		);
		const badge = new FollowUpBadge();
		expect(badge.count).toBe(0);
		await badge.refresh(T0 + HOUR);
		expect(badge.count).toBe(2);
		expect(badge.failed).toBe(false);
	});

	it('drops a follow-up once its deadline has passed (24 h without a reserved slot)', async () => {
		await saveEvaluation(awaiting(1, [callback('a')]), campaign, T0);
		const badge = new FollowUpBadge();
		await badge.refresh(T0 + 24 * HOUR);
		expect(badge.count).toBe(1);
		await badge.refresh(T0 + 24 * HOUR + 1);
		expect(badge.count).toBe(0);
	});

	it('drops a callback marked received through the draft after refresh()', async () => {
		await saveEvaluation(awaiting(1, [callback('a')]), campaign, T0);
		const badge = new FollowUpBadge();
		await badge.refresh(T0 + HOUR);
		expect(badge.count).toBe(1);

		const draft = await loadDraft(testUuid(1));
		expect(draft).toBeDefined();
		vi.useFakeTimers({ toFake: ['Date'] });
		vi.setSystemTime(T0 + 2 * HOUR);
		await draft!.setFollowUpResponse('a', T0 + 2 * HOUR);
		await draft!.flush();
		draft!.dispose();
		// The outcome is derived, never written into the answers.
		expect(draft!.effective.answers['A1-06']?.value).toBe('met');
		expect(draft!.evaluation.answers['A1-06']).toBeUndefined();

		await badge.refresh(T0 + 2 * HOUR);
		expect(badge.count).toBe(0);
	});

	it('start() reads at once and stops cleanly', async () => {
		await saveEvaluation(awaiting(1, [callback('a')]), campaign, T0);
		vi.useFakeTimers({ toFake: ['Date'] });
		vi.setSystemTime(T0 + HOUR);
		const badge = new FollowUpBadge();
		const stop = badge.start();
		await vi.waitFor(() => expect(badge.count).toBe(1));
		stop();
	});
});
