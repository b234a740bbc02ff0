import { deleteDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { EvaluationDraft } from '$lib/state/evaluation-draft.svelte';
import { putCampaign } from '$lib/storage/campaigns';
import { closeDb, DB_NAME } from '$lib/storage/db';
import { buildCampaign, buildEvaluation, buildIvrEvents } from '$lib/testing/builders';
import IvrRun from './IvrRun.svelte';
import StageHarness from '$lib/testing/StageHarness.svelte';

const campaign = buildCampaign();

function draftWith(events = buildIvrEvents([])) {
	return new EvaluationDraft(
		buildEvaluation({ status: 'draft', ivr: { events, startedAt: events[0]?.at } }),
		campaign,
		'd-test'
	);
}

describe('IVR run screen in a real browser', () => {
	beforeEach(async () => {
		await closeDb();
		await deleteDB(DB_NAME);
		await putCampaign(campaign);
	});

	it('allows only dialling before the run, then records the menu and the end', async () => {
		const draft = draftWith();
		await render(StageHarness, { draft, stage: IvrRun });
		const button = (name: string) => page.getByRole('button', { name, exact: true });

		await expect.element(button('전화 걸기')).toBeEnabled();
		// Before the call only dialling is offered: no keypad, no call outcome.
		expect(button('상담사 연결').elements()).toHaveLength(0);
		expect(button('메뉴 1').elements()).toHaveLength(0);
		await expect
			.element(page.getByRole('timer', { name: '통화 경과 시간' }))
			.toHaveTextContent('0:00');

		await button('전화 걸기').click();
		await expect.element(button('안내 끝')).toBeDisabled();
		expect(button('전화 걸기').elements()).toHaveLength(0);
		await button('안내 시작').click();
		await button('안내 끝').click();
		await button('메뉴 1').click();
		// A key pressed in the first menu: depth 1 at once.
		await expect.element(page.getByText('메뉴 1단계까지 누름')).toBeVisible();
		await button('메뉴 2').click();
		await button('메뉴 # (이전)').click();
		// 1 in menu 1, 2 in menu 2, # heard and pressed in menu 3.
		await expect.element(page.getByText('메뉴 3단계까지 누름')).toBeVisible();
		await button('상담사 요청').click();
		await button('상담사 연결').click();
		await button('통화 종료').click();

		await expect
			.element(page.getByRole('button', { name: '마지막 기록 취소: 통화 종료' }))
			.toBeEnabled();
		expect(button('메뉴 1').elements()).toHaveLength(0);
		expect(draft.ivr.menuDepth).toBe(3);
		expect(draft.ivr.agentRequested).toBe(true);
		expect(draft.ivr.agentReached).toBe(true);
		expect(
			page
				.getByRole('listitem')
				.filter({ hasText: /^\+\d+:\d\d/ })
				.elements()
		).toHaveLength(9);

		await page.getByRole('button', { name: '마지막 기록 취소: 통화 종료' }).click();
		await expect.element(button('통화 종료')).toBeEnabled();
		await draft.flush();
		draft.dispose();
	});

	it('shows the elapsed time from stored instants after a reload', async () => {
		const start = Date.now() - 65_000;
		const draft = draftWith(buildIvrEvents([['dial', 0]], start));
		await render(StageHarness, { draft, stage: IvrRun });
		await expect
			.element(page.getByRole('timer', { name: '통화 경과 시간' }))
			.toHaveTextContent(/^1:0[5-6]$/);
		draft.dispose();
	});

	it('freezes the clock at the end of the call', async () => {
		const draft = draftWith(
			buildIvrEvents([
				['dial', 0],
				['call-end', 42]
			])
		);
		await render(StageHarness, { draft, stage: IvrRun });
		await expect
			.element(page.getByRole('timer', { name: '통화 경과 시간' }))
			.toHaveTextContent('0:42');
		draft.dispose();
	});

	it('says IVR does not apply to a non-phone channel', async () => {
		const draft = new EvaluationDraft(
			buildEvaluation({ status: 'draft', channel: 'email' }),
			campaign,
			'd-test'
		);
		await render(StageHarness, { draft, stage: IvrRun });
		await expect
			.element(page.getByText('전화 채널에만 해당합니다', { exact: false }))
			.toBeVisible();
		expect(page.getByRole('button', { name: '전화 걸기' }).elements()).toHaveLength(0);
		draft.dispose();
	});
});
