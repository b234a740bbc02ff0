import { expect, type Page } from '@playwright/test';
import { createCampaign } from './fixtures';

/** YYYY-MM-DD of the Monday `weeks` weeks after this one. */
export function monday(weeks: number): string {
	const d = new Date();
	const back = (d.getUTCDay() + 6) % 7;
	d.setUTCDate(d.getUTCDate() - back + 7 * weeks);
	return d.toISOString().slice(0, 10);
}

/** The date `days` days after `date` (YYYY-MM-DD). */
export const plus = (date: string, days: number) =>
	new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Makes a campaign on the coordinator's device, puts it on the team server, answers its id. */
export async function campaignOnServer(page: Page, center: string): Promise<string> {
	await createCampaign(page, { name: center });
	await page.getByRole('link', { name: new RegExp(center) }).tap();
	await expect(page).toHaveURL(/\/campaigns\/[0-9a-f-]{36}$/);
	const campaignId = page.url().split('/').at(-1)!;
	await page.getByRole('button', { name: '팀 서버에 올리기' }).tap();
	await expect(page.getByText('팀 서버에 올렸습니다.')).toBeVisible();
	return campaignId;
}

/** Adds a scenario on the coordinator's programme screen, exercising the check `check`. */
export async function addScenario(page: Page, title: string, check: RegExp) {
	await page.getByRole('button', { name: '새 시나리오' }).tap();
	await page.getByLabel('제목').fill(title);
	await page.getByLabel('고객이 말할 내용').fill(`${title}: 도와주세요.`);
	await page.getByLabel('올바른 답변').fill('본인 확인 후 절차를 안내합니다.');
	await page.getByText(/^관련 점검 항목 · /).tap();
	await page.getByRole('checkbox', { name: check }).check();
	await page.getByRole('button', { name: '시나리오 저장' }).tap();
	await expect(page.getByText('시나리오를 저장했습니다.')).toBeVisible();
	await expect(page.getByRole('region', { name: '시나리오' })).toContainText(title);
}

/**
 * Fills the plan form for 12 contacts over eight weeks from next Monday: Mon/Wed/Fri ×
 * morning/afternoon × the two scenarios × phone = 12 cells, at most 6 per shopper, 2 days apart.
 */
export async function planTwelve(page: Page) {
	const plan = page.getByRole('form', { name: '표본 계획' });
	const from = monday(1);
	await plan.getByLabel('총 점검 횟수').fill('12');
	await plan.getByLabel('기간 시작').fill(from);
	await plan.getByLabel('기간 끝').fill(plus(from, 55));
	for (const day of ['화', '목']) await plan.getByLabel(day, { exact: true }).uncheck();
	await plan.getByLabel('점심', { exact: true }).uncheck();
	await plan.getByLabel('평가원 1인당 최대 점검 수').fill('6');
	await plan.getByLabel('같은 평가원의 점검 사이 최소 간격(일)').fill('2');
	await expect(plan).toContainText('12칸에 12회를 나눕니다.');
	await plan.getByRole('button', { name: '계획 저장' }).tap();
	await expect(page.getByText('표본 계획을 저장했습니다.')).toBeVisible();
	return { plan, from };
}

/** The agent-sheet checks rated in calibration tests (stage 1, 첫인사의 친밀감). */
export const CALIBRATION_CHECKS = {
	greeting: /친밀하고 정형화된 인사말/,
	name: /상담사 소속, 성명/,
	help: /무엇을 도와드릴까요/
} as const;
export type CalibrationAnswers = Record<keyof typeof CALIBRATION_CHECKS, '충족' | '미충족'>;

/** Rates one contact of a calibration session and waits until the server has it. */
export async function rate(page: Page, contact: number, answers: CalibrationAnswers) {
	await page.getByRole('button', { name: new RegExp(`^상담 ${contact}`) }).tap();
	for (const [key, value] of Object.entries(answers) as [
		keyof typeof CALIBRATION_CHECKS,
		string
	][]) {
		const check = page.getByRole('group', { name: CALIBRATION_CHECKS[key] });
		await check.getByRole('button', { name: value, exact: true }).tap();
		await expect(check.getByRole('button', { name: value, exact: true })).toHaveAttribute(
			'aria-pressed',
			'true'
		);
	}
	await expect(page.getByRole('status').filter({ hasText: `상담 ${contact}` })).toContainText(
		'저장됨'
	);
}
