import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { answer } from '$lib/domain/editing';
import { sync } from '$lib/state/sync.svelte';
import { updateSyncState } from '$lib/storage/sync-state';
import { saveEvaluation } from '$lib/storage/evaluations';
import { buildCampaign, buildEvaluation, T0 } from '$lib/testing/builders';
import { FakeTeamServer } from '$lib/testing/fake-team-server';
import { testUuid } from '$lib/testing/prng';
import { linkedToFakeServer, madeHere, unlinkPhone } from '$lib/testing/linked-phone';
import SyncStatus from './SyncStatus.svelte';

const campaign = buildCampaign({ id: testUuid(1, 0xca) });
let server: FakeTeamServer;

async function saveDraft() {
	const mine = await madeHere(
		buildEvaluation({ id: testUuid(1), campaignId: campaign.id, status: 'draft' })
	);
	await saveEvaluation(mine, campaign, T0);
	return mine;
}

beforeEach(async () => {
	server = await linkedToFakeServer(campaign);
});
afterEach(async () => {
	sync.stop();
	await unlinkPhone();
});

describe('the sync status', () => {
	it('syncs on its own, shows the last sync, and a failure with its reason after "지금 동기화"', async () => {
		await saveDraft();
		const { locator: screen } = await render(SyncStatus);
		const region = screen.getByRole('region', { name: '팀 서버 동기화' });
		await expect.element(region.getByText(/^마지막 동기화 \d\d:\d\d$/)).toBeVisible();
		expect(server.records.has(testUuid(1))).toBe(true);
		expect(region.getByText(/동기화 대기/).query()).toBeNull();

		server.offline = true;
		const button = region.getByRole('button', { name: '지금 동기화' });
		const box = (await button.element()).getBoundingClientRect();
		expect(box.height).toBeGreaterThanOrEqual(44);
		await button.click();
		// Offline is said plainly, not as a failure.
		await expect.element(region.getByText(/^오프라인: 네트워크에 연결되면/)).toBeVisible();
		expect(region.getByText(/동기화 실패/).query()).toBeNull();
	});

	it('shows what waits, and a conflict with the server as a link to the conflicts screen', async () => {
		const mine = await saveDraft();
		server.hold(answer(mine, 'A1-02', 'not-met', { at: T0 + 2, by: 'd-coord' }));
		await saveEvaluation(
			answer(mine, 'A1-03', 'met', { at: T0 + 3, by: mine.deviceId }),
			campaign,
			T0
		);
		const { locator: screen } = await render(SyncStatus);
		await expect
			.element(screen.getByRole('link', { name: '충돌 1건: 확인이 필요합니다' }))
			.toBeVisible();
		await expect.element(screen.getByText('동기화 대기 1건')).toBeVisible();
	});

	it('after a 401 it asks to sign in again instead of offering to sync', async () => {
		await saveDraft();
		server.signedOut = true;
		const { locator: screen } = await render(SyncStatus);
		await expect.element(screen.getByRole('link', { name: '다시 로그인' })).toBeVisible();
		expect(screen.getByRole('button', { name: '지금 동기화' }).query()).toBeNull();
		await expect.element(screen.getByText('동기화 대기 1건')).toBeVisible();
	});

	/** What hours without signal leave behind: the next try minutes away. */
	async function backedOff() {
		await updateSyncState((s) => ({
			...s,
			failures: 7,
			nextAttemptAt: Date.now() + 4 * 60_000,
			lastFailure: { at: Date.now(), kind: 'offline', message: 'Failed to fetch' }
		}));
	}

	it.each([
		{ when: 'the network comes back', wake: () => window.dispatchEvent(new Event('online')) },
		{
			when: 'the app is shown again',
			wake: () => document.dispatchEvent(new Event('visibilitychange'))
		}
	])('when $when it syncs at once, without waiting out the back-off', async ({ wake }) => {
		await saveDraft();
		await backedOff();
		const { locator: screen } = await render(SyncStatus);
		const region = screen.getByRole('region', { name: '팀 서버 동기화' });
		await expect.element(region.getByText(/^오프라인: 네트워크에 연결되면/)).toBeVisible();
		wake();
		await expect.element(region.getByText(/^마지막 동기화 \d\d:\d\d$/)).toBeVisible();
		expect(region.getByText(/^오프라인/).query()).toBeNull();
		expect(server.records.has(testUuid(1))).toBe(true);
	});
});
