import { expect, test, type Locator, type Page } from '@playwright/test';
import { createCampaign } from './fixtures';

/** Creates a campaign through the UI and returns its id (from the edit page's address). */
async function campaignId(page: Page, name: string): Promise<string> {
	await createCampaign(page, { name });
	await page.getByRole('link', { name: new RegExp(name) }).tap();
	await expect(
		page.getByRole('heading', { level: 1, exact: true, name: '캠페인 수정' })
	).toBeVisible();
	const id = new URL(page.url()).pathname.split('/').filter(Boolean).pop();
	expect(id).toMatch(/^[0-9a-f-]{36}$/);
	return id!;
}

/** Leaves a field so its note is saved now, then waits for the saved state. */
async function commit(page: Page, field: Locator) {
	await field.blur();
	await expect(page.getByRole('status').filter({ hasText: /저장/ })).toHaveText('저장됨');
}

test('the audit is filled in, kept across a reload and printed as an A4 report', async ({
	page
}, testInfo) => {
	const id = await campaignId(page, '한빛카드 심사센터');
	await page.goto(`/reports/audit/${id}`);
	await expect(
		page.getByRole('heading', { level: 1, exact: true, name: '인증 심사' })
	).toBeVisible();

	// 2. 서비스 심사기준: seven items, no evaluations yet, nothing pre-selected.
	const panel = page.getByRole('tabpanel');
	await expect(panel.getByRole('article')).toHaveCount(7);
	await expect(panel.getByText('평가 없음', { exact: true })).toHaveCount(7);
	const sv1 = panel.getByRole('article', { name: /고객이 제공받은 사전 서비스/ });
	const conforms = sv1.getByRole('button', { name: '적합', exact: true });
	await expect(conforms).toHaveAttribute('aria-pressed', 'false');
	await conforms.tap();
	await expect(conforms).toHaveAttribute('aria-pressed', 'true');
	// With no evidence the suggestion is 관찰, so 적합 differs from it.
	await expect(sv1.getByText('제안과 다름')).toBeVisible();
	const sv1Note = sv1.getByLabel(/비고/);
	await sv1Note.fill('현장에서 채널 안내 확인');
	await commit(page, sv1Note);
	await expect(page.getByRole('tab', { name: /서비스 심사기준 1\/7/ })).toBeVisible();

	const auditor = page.getByLabel('심사원', { exact: true });
	await auditor.fill('김심사');
	await commit(page, auditor);

	// 참고 1 진단용 체크리스트
	await page.getByRole('tab', { name: /진단용 체크리스트/ }).tap();
	const row = page.getByRole('listitem', { name: /전화, 팩스, 이메일 응대를 제공하고 있다/ });
	await row.getByRole('button', { name: 'O', exact: true }).tap();
	await expect(row.getByRole('button', { name: 'O', exact: true })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	const rowNote = row.getByLabel(/비고/);
	await rowNote.fill('대표번호 안내 확인');
	await commit(page, rowNote);
	await expect(page.getByRole('tab', { name: /진단용 체크리스트 1\/56/ })).toBeVisible();

	// 1. 사업장 심사기준
	await page.getByRole('tab', { name: /사업장 심사기준/ }).tap();
	const site = page.getByRole('article', { name: /사내표준화 및 품질경영의 추진/ });
	await site.getByRole('button', { name: '관찰', exact: true }).tap();
	const siteNote = site.getByLabel(/비고/);
	await siteNote.fill('자체점검 기록 보완 필요');
	await commit(page, siteNote);

	await page.reload();
	await expect(page.getByLabel('심사원', { exact: true })).toHaveValue('김심사');
	const sv1Again = page.getByRole('article', { name: /고객이 제공받은 사전 서비스/ });
	await expect(sv1Again.getByRole('button', { name: '적합', exact: true })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	await expect(sv1Again.getByLabel(/비고/)).toHaveValue('현장에서 채널 안내 확인');

	await page.getByRole('tab', { name: /진단용 체크리스트 1\/56/ }).tap();
	const rowAgain = page.getByRole('listitem', { name: /전화, 팩스, 이메일 응대를 제공하고 있다/ });
	await expect(rowAgain.getByRole('button', { name: 'O', exact: true })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	await expect(rowAgain.getByLabel(/비고/)).toHaveValue('대표번호 안내 확인');

	await page.getByRole('tab', { name: /사업장 심사기준 1\/19/ }).tap();
	const siteAgain = page.getByRole('article', { name: /사내표준화 및 품질경영의 추진/ });
	await expect(siteAgain.getByRole('button', { name: '관찰', exact: true })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	await expect(siteAgain.getByLabel(/비고/)).toHaveValue('자체점검 기록 보완 필요');

	// The printed report replaces the screens: title, tables, no app chrome.
	await page.emulateMedia({ media: 'print' });
	await expect(
		page.getByRole('heading', { level: 1, exact: true, name: 'KS S 1006 서비스 인증 심사 보고서' })
	).toBeVisible();
	await expect(page.getByRole('button', { name: '인쇄' })).toBeHidden();
	await expect(page.getByRole('cell', { name: '김심사' })).toBeVisible();
	await expect(page.getByRole('cell', { name: '현장에서 채널 안내 확인' })).toBeVisible();
	const pdf = await page.pdf({ format: 'A4', path: testInfo.outputPath('audit-report.pdf') });
	expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
	expect(pdf.length).toBeGreaterThan(10_000);
});

test('an unknown campaign shows a not-found message', async ({ page }) => {
	await page.goto('/reports/audit/00000000-0000-4000-8000-000000000000');
	await expect(page.getByRole('alert')).toContainText('캠페인을 찾을 수 없습니다');
	await expect(page.getByRole('link', { name: '캠페인 목록으로' })).toBeVisible();
});
