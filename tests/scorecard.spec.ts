import { expect, test, type Page } from '@playwright/test';
import { writeFile } from 'node:fs/promises';
import { createCampaign, startEvaluation } from './fixtures';

const CENTER = '누리카드 고객센터';
const CHECKS = {
	met: '전화, 팩스, 이메일 응대를 제공하고 있다',
	partial: 'SMS, SNS 응대 또는 채팅(웹, 앱) 기능을 제공하고 있다',
	notMet: '웹에 검색이나 FAQ 기능이 있다',
	na: '외국어 상담이나 통역서비스를 제공하고 있다.',
	unanswered: '고객콘택트센터 전화번호를 용이하게 취득할 수 있다.'
};

/** Answers one check card on the run screen and waits until the answer is on disk. */
async function answer(page: Page, checkText: string, value: string) {
	const card = page.getByRole('group', { name: checkText });
	const button = card.getByRole('button', { name: value, exact: true });
	await button.tap();
	await expect(button).toHaveAttribute('aria-pressed', 'true');
	await expect(page.getByRole('status').filter({ hasText: '저장 중…' })).toHaveCount(0);
}

/** Starts an evaluation, answers four pre-service checks and returns the evaluation id. */
async function evaluationWithAnswers(page: Page): Promise<string> {
	await createCampaign(page, { name: CENTER });
	await startEvaluation(page, { scenario: '카드 분실 신고', evaluator: '박평가' });
	const id = /^\/evaluations\/([^/]+)\/pre$/.exec(new URL(page.url()).pathname)?.[1];
	expect(id, 'the run screen URL names the evaluation').toBeTruthy();

	await answer(page, CHECKS.met, '충족');
	await answer(page, CHECKS.partial, '부분');
	await answer(page, CHECKS.notMet, '미충족');
	await answer(page, CHECKS.na, '해당없음');
	return id!;
}

/** The table row (or, on a phone, the stacked card row) of a check. */
const row = (page: Page, checkText: string) => page.locator('tr').filter({ hasText: checkText });

test('the scorecard shows the header, the O/X marks and the score, and prints to an A4 PDF', async ({
	page
}, testInfo) => {
	const id = await evaluationWithAnswers(page);

	await page.goto(`/reports/evaluations/${id}`);
	await expect(page.getByRole('heading', { level: 1, exact: true, name: '평가표' })).toBeVisible();

	// Header: who, what, state and the rules that produced the numbers.
	const header = page.getByRole('region', { name: CENTER });
	await expect(header).toContainText('카드 분실 신고');
	await expect(header).toContainText('전화');
	await expect(header).toContainText('박평가');
	await expect(header).toContainText('작성 중');
	await expect(header).toContainText('개정판 1');
	await expect(header).toContainText('KS S 1006');
	await expect(header).toContainText('기준일 2025-08-22');
	await expect(header).toContainText('채점 기준: KS S 1006 미스터리 쇼핑 기본 기준');

	// 참고 1: O / △ / X / N/A for the answers, – for an expected check left unanswered.
	await expect(row(page, CHECKS.met).getByText('O', { exact: true })).toBeVisible();
	await expect(row(page, CHECKS.partial).getByText('△', { exact: true })).toBeVisible();
	await expect(row(page, CHECKS.notMet).getByText('X', { exact: true })).toBeVisible();
	await expect(row(page, CHECKS.na).getByText('N/A', { exact: true })).toBeVisible();
	await expect(row(page, CHECKS.unanswered).getByText('–', { exact: true })).toBeVisible();

	// Score: pre = (1 + 0.5 + 0) / 3 = 50 (N/A drops out); nothing else is scored, so 50.0.
	const verdict = page.getByRole('region', { name: '평가 결과' });
	await expect(verdict).toContainText('50.0');
	await expect(verdict).toContainText('불합격');
	await expect(verdict).toContainText('우수 90점 이상, 합격 80점 이상');
	await expect(verdict.locator('tr').filter({ hasText: '사전 서비스' })).toContainText('50.0');
	await expect(verdict).toContainText(/미응답 \d+개: 점수는 응답한 항목 기준/);

	// 참고 2 footer, and the footer of the scorecard.
	await expect(page.getByRole('region', { name: /참고 2/ })).toContainText('상담사 현황');
	await expect(page.getByText(/이 평가표는 .+에 생성되었습니다/)).toBeVisible();

	// Print: no app chrome, no print button, then an A4 PDF.
	await expect(page.getByRole('button', { name: '인쇄', exact: true })).toBeVisible();
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('navigation', { name: '주 메뉴' })).toBeHidden();
	await expect(page.getByRole('button', { name: '인쇄', exact: true })).toBeHidden();
	await expect(row(page, CHECKS.met).getByText('O', { exact: true })).toBeVisible();

	const pdf = await page.pdf({ format: 'A4' });
	const path = testInfo.outputPath('scorecard.pdf');
	await writeFile(path, pdf);
	await testInfo.attach('scorecard.pdf', { path, contentType: 'application/pdf' });
	expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
	expect(pdf.byteLength).toBeGreaterThan(10 * 1024);
});

test('the scorecard keeps the Korean items verbatim in English, with the translation beside them', async ({
	page
}) => {
	const id = await evaluationWithAnswers(page);
	await page.goto('/settings');
	await page.getByRole('radio', { name: 'English' }).check();

	await page.goto(`/reports/evaluations/${id}`);
	await expect(
		page.getByRole('heading', { level: 1, exact: true, name: 'Scorecard' })
	).toBeVisible();
	const met = row(page, CHECKS.met);
	await expect(met).toContainText(CHECKS.met);
	await expect(met).toContainText('Telephone, fax and e-mail contact are offered.');
	await expect(met.getByText('O', { exact: true })).toBeVisible();
	await expect(page.getByRole('region', { name: 'Result' })).toContainText('Fail');
});

test('an unknown evaluation says it was not found', async ({ page }) => {
	await page.goto('/reports/evaluations/00000000-0000-4000-8000-000000000000');
	await expect(
		page.getByRole('alert').filter({ hasText: '이 평가를 찾을 수 없습니다' })
	).toBeVisible();
});
