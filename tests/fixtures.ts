import { expect, type Page } from '@playwright/test';

/** Creates a campaign through the UI and returns to the campaign list. */
export async function createCampaign(
	page: Page,
	opts: { name: string; phone?: string; emailHours?: string } = { name: '테스트 고객센터' }
) {
	await page.goto('/campaigns/new');
	await page.getByLabel('센터 이름').fill(opts.name);
	await page.getByLabel('전화번호').fill(opts.phone ?? '1588-0000');
	if (opts.emailHours) await page.getByLabel('이메일 답변 기준 (시간)').fill(opts.emailHours);
	await page.getByRole('button', { name: '저장' }).tap();
	await expect(page.getByRole('heading', { level: 1, name: '캠페인' })).toBeVisible();
	await expect(page.getByRole('link', { name: new RegExp(opts.name) })).toBeVisible();
}

/** Starts an evaluation of the (first) campaign and lands on its pre-service screen. */
export async function startEvaluation(
	page: Page,
	opts: { scenario?: string; evaluator?: string; channel?: string } = {}
) {
	await page.goto('/evaluations/new');
	if (opts.channel) await page.getByRole('radio', { name: opts.channel }).check();
	await page.getByLabel('시나리오').fill(opts.scenario ?? '카드 분실 신고');
	const evaluator = page.getByLabel('평가자');
	if (opts.evaluator !== undefined || (await evaluator.inputValue()) === '') {
		await evaluator.fill(opts.evaluator ?? '김평가');
	}
	await page.getByRole('button', { name: '평가 시작' }).tap();
	await expect(page.getByRole('heading', { level: 1, name: '사전 서비스' })).toBeVisible();
}
