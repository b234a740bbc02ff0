import { expect, test, type Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { createCampaign, completeEvaluation, goToStage, startEvaluation } from './fixtures';

async function exportSigned(page: Page, id: string, path: string) {
	await page.goto(`/reports/evaluations/${id}`);
	await expect(
		page.getByTestId('overall-score').or(page.getByText('종합 점수')).first()
	).toBeVisible();
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: '서명된 파일 (JSON)' }).tap();
	await (await download).saveAs(path);
	await expect(page.getByText(/내보냈습니다/)).toBeVisible();
}

async function importFile(page: Page, path: string) {
	await page.goto('/reports/import');
	await page.getByLabel('파일 선택').setInputFiles(path);
}

test('a signed evaluation travels to another device: verified, same score, skipped twice, altered caught', async ({
	page,
	browser
}, testInfo) => {
	test.setTimeout(120_000);
	await createCampaign(page, { name: '누리카드 고객센터' });
	await startEvaluation(page, { scenario: '분실 신고' });
	const id = await completeEvaluation(page);
	await page.goto('/settings');
	const fingerprint = (await page.getByTestId('key-fingerprint').textContent())!.trim();
	expect(fingerprint).toMatch(/^[0-9A-F]{4}( [0-9A-F]{4}){3}$/);

	await page.goto(`/reports/evaluations/${id}`);
	const score = (await page
		.locator('.scorecard')
		.getByText(/^\d+\.\d$/)
		.first()
		.textContent())!;
	const file = testInfo.outputPath('evaluation.json');
	await exportSigned(page, id, file);

	// A fresh browser context is another device with an empty database.
	const other = await browser.newContext({ ...testInfo.project.use });
	const manager = await other.newPage();
	await importFile(manager, file);
	await expect(manager.getByTestId('verification')).toContainText(
		`서명 확인됨 · 키 ${fingerprint}`
	);
	await expect(manager.getByTestId('import-summary')).toContainText('새 평가 1건');
	await manager.getByRole('button', { name: '가져오기', exact: true }).tap();
	await expect(manager.getByRole('heading', { name: '가져왔습니다' })).toBeVisible();
	await manager.goto(`/reports/evaluations/${id}`);
	await expect(
		manager.locator('.scorecard').getByText(score, { exact: true }).first()
	).toBeVisible();
	await expect(manager.getByText('가져온 평가')).toBeVisible();

	// The same file again: skipped, nothing to apply.
	await importFile(manager, file);
	await expect(manager.getByTestId('import-summary')).toContainText('같은 버전이라 건너뜀 1건');
	await expect(manager.getByRole('button', { name: '가져오기', exact: true })).toBeDisabled();

	// One answer changed after signing: altered, never imported without an explicit choice.
	const bundle = JSON.parse(readFileSync(file, 'utf8'));
	bundle.evaluations[0].answers['A1-01'].value = 'not-met';
	bundle.evaluations[0].revision = 9;
	const altered = testInfo.outputPath('altered.json');
	writeFileSync(altered, JSON.stringify(bundle));
	await importFile(manager, altered);
	await expect(manager.getByTestId('verification')).toContainText('서명 후 변경됨');
	const apply = manager.getByRole('button', { name: '가져오기', exact: true });
	await expect(apply).toBeDisabled();
	await manager.getByLabel('변경된 파일임을 알고 가져옵니다').check();
	await expect(apply).toBeEnabled();
	await other.close();
});

test('a file that is not a bundle is refused with a reason and nothing changes', async ({
	page
}, testInfo) => {
	const path = testInfo.outputPath('notes.json');
	writeFileSync(path, '{"hello": "world"');
	await importFile(page, path);
	await expect(page.getByRole('alert')).toContainText('가져올 수 없는 파일입니다');
	await expect(page.getByRole('alert')).toContainText('(file): JSON 파일이 아닙니다: ');
	await page.goto('/');
	await expect(page.getByRole('heading', { name: '아직 평가가 없습니다' })).toBeVisible();
});

test('CSV export gives two UTF-8 files with a BOM', async ({ page }, testInfo) => {
	await createCampaign(page, { name: '바다은행' });
	await startEvaluation(page, { scenario: '대출' });
	await page.goto('/reports');
	await page.getByLabel('모두 선택').check();
	const downloads: string[] = [];
	page.on('download', async (d) => {
		const p = testInfo.outputPath(d.suggestedFilename());
		await d.saveAs(p);
		downloads.push(p);
	});
	await page.getByRole('button', { name: 'CSV (엑셀용)' }).tap();
	await expect.poll(() => downloads.length).toBe(2);
	for (const p of downloads) {
		const bytes = readFileSync(p);
		expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		expect(bytes.toString('utf8')).toContain('\r\n');
	}
	expect(downloads.some((p) => readFileSync(p, 'utf8').includes('바다은행'))).toBe(true);
});

/** Makes the browser offer file sharing; `share` ends as `outcome` says and records the files. */
async function offerShareSheet(page: Page, outcome: 'share' | 'AbortError' | 'NotAllowedError') {
	await page.addInitScript((how) => {
		const record: { name: string; type: string; head: number[] }[] = [];
		Object.assign(window, { sharedFiles: record });
		Object.defineProperty(navigator, 'canShare', {
			value: (data: { files?: File[] }) => Array.isArray(data.files) && data.files.length > 0
		});
		Object.defineProperty(navigator, 'share', {
			value: async (data: { files: File[] }) => {
				if (how !== 'share') throw new DOMException('share sheet', how);
				for (const f of data.files) {
					const head = [...new Uint8Array(await f.slice(0, 3).arrayBuffer())];
					record.push({ name: f.name, type: f.type, head });
				}
			}
		});
	}, outcome);
}

async function exportCsvFromReports(page: Page) {
	await createCampaign(page, { name: '공유은행' });
	await startEvaluation(page, { scenario: '카드 재발급' });
	await page.goto('/reports');
	await page.getByLabel('모두 선택').check();
	await page.getByRole('button', { name: 'CSV (엑셀용)' }).tap();
}

test('where the phone offers a share sheet, the CSV files go to it instead of downloads', async ({
	page
}) => {
	await offerShareSheet(page, 'share');
	const downloads: string[] = [];
	page.on('download', (d) => downloads.push(d.suggestedFilename()));
	await exportCsvFromReports(page);
	await expect(page.getByRole('status').filter({ hasText: '공유했습니다' })).toContainText('.csv');
	const shared = await page.evaluate(
		() =>
			(window as unknown as { sharedFiles: { name: string; type: string; head: number[] }[] })
				.sharedFiles
	);
	expect(shared).toHaveLength(2);
	for (const f of shared) {
		expect(f.name).toMatch(/\.csv$/);
		expect(f.type).toContain('text/csv');
		expect(f.head).toEqual([0xef, 0xbb, 0xbf]);
	}
	expect(downloads).toEqual([]);
});

test('closing the share sheet sends nothing and says so', async ({ page }) => {
	await offerShareSheet(page, 'AbortError');
	const downloads: string[] = [];
	page.on('download', (d) => downloads.push(d.suggestedFilename()));
	await exportCsvFromReports(page);
	await expect(page.getByRole('status').filter({ hasText: '공유를 취소했습니다' })).toBeVisible();
	expect(downloads).toEqual([]);
});

test('a share the browser refuses falls back to downloads, so the files are not lost', async ({
	page
}) => {
	await offerShareSheet(page, 'NotAllowedError');
	const downloads: string[] = [];
	page.on('download', (d) => downloads.push(d.suggestedFilename()));
	await exportCsvFromReports(page);
	await expect.poll(() => downloads.length).toBe(2);
	await expect(page.getByRole('status').filter({ hasText: '내보냈습니다' })).toBeVisible();
});

test('before an anonymised export the shopper confirms the name-like words found; the export hides the chosen ones', async ({
	page
}, testInfo) => {
	await createCampaign(page, { name: '익명은행' });
	await startEvaluation(page, { scenario: '카드 분실, 민지 씨 응대' });
	await goToStage(page, '상담');
	await page.getByLabel('성명').fill('김민지');
	await page.getByLabel('성명').blur();
	const opinion = page.getByRole('textbox', { name: '종합 의견' });
	await opinion.fill('김 민지 상담사는 친절했고 박지훈 상담사에게 연결했다. 친절한 상담사였다.');
	await opinion.blur();
	await expect(page.getByText('저장됨')).toBeVisible();
	const id = page.url().split('/').at(-2)!;

	await page.goto(`/reports/evaluations/${id}`);
	await page.getByLabel(/상담사 이름 익명 처리/).check();
	await page.getByRole('button', { name: '서명된 파일 (JSON)' }).tap();
	const list = page.getByRole('group', { name: '이름으로 보이는 말' });
	await expect(list).toBeVisible();
	// The agent's name written another way, the given name alone, and another person's name.
	await expect(list.getByRole('checkbox', { name: /김 민지/ })).toBeChecked();
	await expect(
		list.getByRole('checkbox', { name: /^민지 김민지의 다른 표기 · 1번/ })
	).toBeChecked();
	const other = list.getByRole('checkbox', { name: /박지훈 다른 사람의 이름일 수 있음/ });
	await expect(other).toBeChecked();
	await expect(list.getByRole('checkbox')).toHaveCount(3);
	// Not a name: the shopper leaves it as it is.
	await other.uncheck();

	const download = page.waitForEvent('download');
	await list.getByRole('button', { name: '고른 말을 가리고 내보내기' }).tap();
	const path = testInfo.outputPath('anonymised.json');
	await (await download).saveAs(path);
	await expect(list).toHaveCount(0);
	const [exported] = (
		JSON.parse(readFileSync(path, 'utf8')) as {
			evaluations: { agent: { name: string }; scenario: string; overallOpinion: string }[];
		}
	).evaluations;
	expect(exported?.agent.name).toBe('상담사 A');
	expect(exported?.overallOpinion).toBe(
		'상담사 A 상담사는 친절했고 박지훈 상담사에게 연결했다. 친절한 상담사였다.'
	);
	expect(exported?.scenario).toBe('카드 분실, 상담사 A 씨 응대');
	expect(readFileSync(path, 'utf8')).not.toMatch(/김 ?민지|민지 씨/);
});
