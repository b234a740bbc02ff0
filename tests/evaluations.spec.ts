import { expect, test } from '@playwright/test';
import { createCampaign, startEvaluation } from './fixtures';

test('starting an evaluation remembers the evaluator and lists the draft on the home screen', async ({
	page
}) => {
	await createCampaign(page, { name: '바다은행 콜센터' });
	await startEvaluation(page, { scenario: '대출 상담', evaluator: '이미소' });
	await expect(page.getByText('바다은행 콜센터 · 전화 · 대출 상담')).toBeVisible();

	await page.goto('/');
	const row = page.getByRole('listitem').filter({ hasText: '바다은행 콜센터 · 대출 상담' });
	await expect(row).toContainText('작성 중');
	await expect(row).toContainText('이미소');

	await page.goto('/evaluations/new');
	await expect(page.getByLabel('평가자')).toHaveValue('이미소');
});

test('a draft is deleted from the list and comes back with undo', async ({ page }) => {
	await createCampaign(page, { name: '하늘통신' });
	await startEvaluation(page, { scenario: '요금 문의' });
	await page.goto('/');
	const name = '하늘통신 · 요금 문의';
	await page.getByRole('button', { name: `${name} 삭제` }).tap();
	await expect(page.getByRole('listitem').filter({ hasText: name })).toHaveCount(0);
	await page.getByRole('button', { name: '되돌리기' }).tap();
	await expect(page.getByRole('listitem').filter({ hasText: name })).toHaveCount(1);
	await page.reload();
	await expect(page.getByRole('listitem').filter({ hasText: name })).toHaveCount(1);

	await page.getByRole('button', { name: `${name} 삭제` }).tap();
	await expect(page.getByRole('listitem').filter({ hasText: name })).toHaveCount(0);
	await page.reload();
	await expect(page.getByRole('heading', { name: '아직 평가가 없습니다' })).toBeVisible();
});

test('starting without a campaign points to creating one', async ({ page }) => {
	await page.goto('/evaluations/new');
	await expect(page.getByText('먼저 평가할 센터를 캠페인으로 등록하세요.')).toBeVisible();
	await page.getByRole('link', { name: '캠페인 추가' }).tap();
	await expect(
		page.getByRole('heading', { level: 1, exact: true, name: '새 캠페인' })
	).toBeVisible();
});
