import { expect, test, type Page } from '@playwright/test';
import { answerAll, createCampaign, finalize, goToStage, startEvaluation } from './fixtures';

// Every phone check met except these nine partial answers gives a raw score of 79.963…
// (checked in dashboard-data.test.ts). Rounded once to one decimal it is 80.0, and the
// verdict is decided on 80.0: 합격 at pass 80. Cut, it would read 79.9.
const PARTIAL = Object.fromEntries(
	['S01-1', 'S01-2', 'C1-01', 'C1-02', 'B3-01', 'B3-03', 'B4-02', 'B1-01', 'B1-02'].map((id) => [
		id,
		'부분'
	])
);
const CENTER = '한 숫자 고객센터';

/** "80.0" followed by 합격 (and not 불합격) in one element. */
async function expectPass80(where: ReturnType<Page['locator']>) {
	await expect(where).toContainText('80.0');
	await expect(where).toContainText('합격');
	await expect(where).not.toContainText('불합격');
	await expect(where).not.toContainText('79.9');
}

test('a raw score of 79.96… reads 80.0 · 합격 on the review screen, both lists, the scorecard and the dashboard', async ({
	page
}) => {
	test.slow(); // one whole evaluation, then four screens
	await createCampaign(page, { name: CENTER });
	await startEvaluation(page);
	await answerAll(page, '충족', PARTIAL);
	for (const stage of ['IVR', '상담', '기타 확인', '후속 조치']) {
		await goToStage(page, stage);
		await answerAll(page, '충족', PARTIAL);
	}
	await goToStage(page, '검토');
	await expectPass80(page.getByTestId('overall-score'));
	await finalize(page);
	await expect(page.getByText('확정했습니다.')).toBeVisible();
	const id = page.url().split('/').at(-2)!;

	// Home list: the badge.
	await page.goto('/');
	const row = page.getByRole('listitem').filter({ hasText: CENTER });
	await expect(row).toContainText(/80\.0점 · 합격/);
	await expect(row).not.toContainText('불합격');

	// Reports list: the same figure and verdict.
	await page.goto('/reports');
	const item = page.getByRole('link', { name: new RegExp(CENTER) }).filter({ hasText: '확정' });
	await expect(item).toContainText(/80\.0점\s*·\s*합격/);
	await expect(item).not.toContainText('불합격');

	// Scorecard (its threshold line names 불합격, so the figure and badge are matched together).
	await page.goto(`/reports/evaluations/${id}`);
	const result = page.getByRole('region', { name: '평가 결과' });
	await expect(result).toContainText(/종합 점수\s*80\.0\s*\/\s*100\s*합격 /);
	await expect(result).not.toContainText('79.9');

	// Dashboard of the campaign: mean 80.0 of one evaluation, pass rate 100 %.
	await page.goto('/reports');
	await page
		.getByRole('listitem')
		.filter({ hasText: CENTER })
		.getByRole('link', { name: '대시보드' })
		.tap();
	await expect(
		page.getByRole('heading', { level: 1, exact: true, name: `${CENTER} 대시보드` })
	).toBeVisible();
	const figure = (name: string) =>
		page
			.getByRole('listitem')
			.filter({ has: page.getByRole('heading', { level: 3, name, exact: true }) });
	await expect(figure('평균 점수')).toContainText('80.0점');
	await expect(figure('평균 점수')).toContainText('(n=1)');
	await expect(figure('합격률')).toContainText('100 %');
});
