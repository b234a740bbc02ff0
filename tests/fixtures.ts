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
	await expect(page.getByRole('heading', { level: 1, exact: true, name: '캠페인' })).toBeVisible();
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
	await expect(
		page.getByRole('heading', { level: 1, exact: true, name: '사전 서비스' })
	).toBeVisible();
}

/** A check card, found by its text. */
export function check(page: Page, text: RegExp | string) {
	return page.getByRole('group', { name: text });
}

/** Taps an answer on a check card and waits for it to show as chosen. */
export async function answer(page: Page, text: RegExp | string, value: string) {
	const button = check(page, text).getByRole('button', { name: value, exact: true });
	await button.tap();
	await expect(button).toHaveAttribute('aria-pressed', 'true');
}

/** Answers every check card on the current screen with `value`, except those in `except`. */
export async function answerAll(page: Page, value: string, except: Record<string, string> = {}) {
	const groups = page.locator('fieldset[id^="check-"]');
	// Right after a navigation the cards may not be rendered yet: an empty list would answer
	// nothing and pass.
	await expect(groups.first()).toBeVisible();
	const ids = await groups.evaluateAll((els) => els.map((e) => e.id.replace('check-', '')));
	for (const id of ids) {
		const button = page
			.locator(`#check-${id}`)
			.getByRole('button', { name: except[id] ?? value, exact: true });
		await button.tap();
		await expect(button).toHaveAttribute('aria-pressed', 'true');
	}
	return ids;
}

/** Opens a run screen from the step bar and waits for its heading. */
export async function goToStage(page: Page, name: string) {
	await page.getByRole('navigation', { name: '평가 단계' }).getByRole('link', { name }).tap();
	await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

/** Taps 확정 on the review screen and confirms it in the step that asks before finalizing. */
export async function finalize(page: Page) {
	await page.getByRole('button', { name: '확정', exact: true }).tap();
	const confirm = page.getByRole('alertdialog', { name: '확정 확인' });
	await confirm.getByRole('button', { name: '확정', exact: true }).tap();
}

/** Runs a whole phone evaluation with every check answered met and finalises it. */
export async function completeEvaluation(page: Page) {
	await answerAll(page, '충족');
	for (const stage of ['IVR', '상담', '기타 확인', '후속 조치']) {
		await goToStage(page, stage);
		await answerAll(page, '충족');
	}
	await goToStage(page, '검토');
	await finalize(page);
	await expect(page.getByText('확정했습니다.')).toBeVisible();
	return page.url().split('/').at(-2)!;
}
