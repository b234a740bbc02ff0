import { expect, test, type Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { answer, setNote } from '../src/lib/domain/editing';
import type { Evaluation } from '../src/lib/domain/record/evaluation';
import { generateSigningKey, signBundle } from '../src/lib/domain/exchange/signature';
import type { Bundle } from '../src/lib/domain/exchange/bundle';
import { answerAll, createCampaign, startEvaluation } from './fixtures';

async function exportSigned(page: Page, id: string, path: string) {
	await page.goto(`/reports/evaluations/${id}`);
	await expect(page.locator('.scorecard')).toBeVisible();
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: '서명된 파일 (JSON)' }).tap();
	await (await download).saveAs(path);
	await expect(page.getByText(/내보냈습니다/)).toBeVisible();
}

async function importFile(page: Page, path: string, expectSummary: string) {
	await page.goto('/reports/import');
	await page.getByLabel('파일 선택').setInputFiles(path);
	await expect(page.getByTestId('import-summary')).toContainText(expectSummary);
}

async function apply(page: Page) {
	await page.getByRole('button', { name: '가져오기', exact: true }).tap();
	await expect(page.getByRole('heading', { name: '가져왔습니다' })).toBeVisible();
}

async function scoreOf(page: Page, id: string): Promise<string> {
	await page.goto(`/reports/evaluations/${id}`);
	return (await page
		.locator('.scorecard')
		.getByText(/^\d+\.\d$/)
		.first()
		.textContent())!;
}

test('two devices exchange versions of one evaluation both ways: later versions update, a diverged copy is a shown conflict, never a silent loss', async ({
	page,
	browser
}, testInfo) => {
	test.setTimeout(180_000);
	// Device A makes a draft and sends it to device B.
	await createCampaign(page, { name: '누리카드 고객센터' });
	await startEvaluation(page, { scenario: '분실 신고' });
	await answerAll(page, '충족');
	await expect(page.getByText('저장됨')).toBeVisible();
	const id = page.url().split('/').at(-2)!;
	const first = testInfo.outputPath('first.json');
	await exportSigned(page, id, first);
	const firstScore = await scoreOf(page, id);

	const other = await browser.newContext({ ...testInfo.project.use });
	const b = await other.newPage();
	await importFile(b, first, '새 평가 1건');
	await apply(b);

	// A edits further and sends again: B's copy is updated, not skipped as "the same revision".
	await page.goto(`/evaluations/${id}/pre`);
	await answerAll(page, '충족', { 'A1-02': '부분' });
	// "저장됨" was already shown before this edit: wait until the stored record has it.
	await expect.poll(() => scoreOf(page, id)).not.toBe(firstScore);
	const second = testInfo.outputPath('second.json');
	await exportSigned(page, id, second);
	await importFile(b, second, '이후 버전으로 갱신 1건');
	await apply(b);
	expect(await scoreOf(b, id)).toBe(await scoreOf(page, id));

	// B sends its copy back: A already has exactly this version.
	const back = testInfo.outputPath('back.json');
	await exportSigned(b, id, back);
	await importFile(page, back, '같은 버전이라 건너뜀 1건');
	await expect(page.getByRole('button', { name: '가져오기', exact: true })).toBeDisabled();

	// A third device edited the first version on its own: a diverged copy, signed by its key.
	const bundle = JSON.parse(readFileSync(first, 'utf8')) as Bundle;
	const ctx = { at: Date.now(), by: 'd-third-device' };
	let theirs = answer(bundle.evaluations[0] as Evaluation, 'A1-03', 'not-met', ctx);
	theirs = setNote(theirs, 'A1-03', '셋째 기기에서 다시 들음', ctx);
	const signed = await signBundle({ ...bundle, evaluations: [theirs] }, await generateSigningKey());
	const diverged = testInfo.outputPath('diverged.json');
	writeFileSync(diverged, JSON.stringify(signed));

	for (const device of [page, b]) {
		await importFile(device, diverged, '충돌 1건');
		await apply(device);
		await device.goto('/reports');
		await expect(device.getByRole('link', { name: '해결할 충돌 1건' })).toBeVisible();
		await device.getByRole('link', { name: '해결할 충돌 1건' }).tap();
		const pair = device.getByTestId('conflict');
		await expect(pair).toContainText('셋째 기기에서 다시 들음');
		await expect(pair.getByRole('row', { name: /A1-03/ })).toContainText('충족');
		await expect(pair.getByRole('row', { name: /A1-03/ })).toContainText('미충족');
	}

	// A takes the third device's answers as its own edits and sends the result to B.
	await page.getByRole('button', { name: '받은 답을 여기서 고친 것으로 반영' }).tap();
	await expect(page.getByText('충돌을 해결했습니다.')).toBeVisible();
	await expect(page.getByText('해결할 충돌이 없습니다.')).toBeVisible();
	const merged = testInfo.outputPath('merged.json');
	await exportSigned(page, id, merged);
	await importFile(b, merged, '이후 버전으로 갱신 1건');
	await apply(b);

	// B keeps what it now holds (which has the third device's answer through A).
	await b.goto('/reports/conflicts');
	await b.getByRole('button', { name: '이 기기 것 유지' }).tap();
	await expect(b.getByText('해결할 충돌이 없습니다.')).toBeVisible();
	expect(await scoreOf(b, id)).toBe(await scoreOf(page, id));
	await other.close();
});

test('an own evaluation exported, its signature removed and an answer changed never overwrites the original', async ({
	page
}, testInfo) => {
	test.setTimeout(90_000);
	await createCampaign(page, { name: '바다은행' });
	await startEvaluation(page, { scenario: '대출 상담' });
	await answerAll(page, '충족');
	await expect(page.getByText('저장됨')).toBeVisible();
	const id = page.url().split('/').at(-2)!;
	const file = testInfo.outputPath('own.json');
	await exportSigned(page, id, file);
	const before = await scoreOf(page, id);

	const doc = JSON.parse(readFileSync(file, 'utf8'));
	delete doc.signature;
	doc.evaluations[0].revision = 2;
	doc.evaluations[0].answers['A1-01'].value = 'not-met';
	const forged = testInfo.outputPath('forged.json');
	writeFileSync(forged, JSON.stringify(doc));

	await importFile(page, forged, '충돌 1건');
	await expect(page.getByTestId('verification')).toContainText('변경된 파일');
	const applyButton = page.getByRole('button', { name: '가져오기', exact: true });
	await expect(applyButton).toBeDisabled();
	await page.getByLabel('변경된 파일임을 알고 가져옵니다').check();
	await apply(page);
	expect(await scoreOf(page, id)).toBe(before);
	await page.goto('/reports/conflicts');
	await expect(page.getByTestId('conflict')).toContainText('변경된 파일');
	await page.getByRole('button', { name: '이 기기 것 유지' }).tap();
	await expect(page.getByText('해결할 충돌이 없습니다.')).toBeVisible();
	expect(await scoreOf(page, id)).toBe(before);
});
