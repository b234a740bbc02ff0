import { expect, test, type Page } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { bundleAsJson, buildTestBundle } from '../src/lib/testing/bundles';
import { createCampaign } from './fixtures';

const MiB = 1024 * 1024;

/** The number of rows in each of the app's IndexedDB stores. */
async function storeCounts(page: Page): Promise<Record<string, number>> {
	return page.evaluate(async () => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const req = indexedDB.open('ks-s-1006');
			req.onsuccess = () => resolve(req.result);
			req.onerror = () => reject(req.error);
		});
		const names = [...db.objectStoreNames];
		const tx = db.transaction(names);
		const counts = await Promise.all(
			names.map(
				(name) =>
					new Promise<[string, number]>((resolve, reject) => {
						const req = tx.objectStore(name).count();
						req.onsuccess = () => resolve([name, req.result]);
						req.onerror = () => reject(req.error);
					})
			)
		);
		db.close();
		return Object.fromEntries(counts);
	});
}

/** A valid test bundle with one unknown field padded so the file has about `mb` MiB. */
function paddedBundle(mb: number): string {
	const doc = bundleAsJson(buildTestBundle());
	const base = Buffer.byteLength(JSON.stringify(doc)); // UTF-8: Hangul takes 3 bytes
	doc.exportNotes = 'x'.repeat(Math.round(mb * MiB) - base - 64);
	return JSON.stringify(doc);
}

async function chooseFile(page: Page, path: string) {
	await page.goto('/reports/import');
	await page.getByLabel('파일 선택').setInputFiles(path);
}

test.describe('import files that are too large, padded or inconsistent', () => {
	test.beforeEach(async ({ page }) => {
		// Something stored already, so "unchanged" means more than "still empty".
		await createCampaign(page, { name: '기존 고객센터' });
	});

	test('a 45 MB bundle is refused by its size, unread, naming the file, its size and the limit', async ({
		page
	}, testInfo) => {
		test.setTimeout(60_000);
		const before = await storeCounts(page);
		const path = testInfo.outputPath('padded-45mb.json');
		writeFileSync(path, paddedBundle(45));
		const workers: string[] = [];
		page.on('worker', (w) => workers.push(w.url()));
		await chooseFile(page, path);
		const alert = page.getByRole('alert');
		await expect(alert).toContainText('가져올 수 없는 파일입니다');
		await expect(alert).toContainText(
			'padded-45mb.json은(는) 45 MB입니다. 가져올 수 있는 파일은 40 MB까지라서 읽지 않았습니다.'
		);
		// Refused from File.size alone: no reader was started.
		expect(workers).toEqual([]);
		expect(await storeCounts(page)).toEqual(before);
	});

	test('a bundle padded to 30 MB with an unknown field is read off the main thread and refused', async ({
		page
	}, testInfo) => {
		test.setTimeout(60_000);
		const before = await storeCounts(page);
		const path = testInfo.outputPath('padded-30mb.json');
		writeFileSync(path, paddedBundle(30));
		const workers: string[] = [];
		page.on('worker', (w) => workers.push(w.url()));
		await chooseFile(page, path);
		const alert = page.getByRole('alert');
		await expect(alert).toContainText('가져올 수 없는 파일입니다', { timeout: 20_000 });
		await expect(alert).toContainText(
			/exportNotes: is a text of \d+ characters; no text in a bundle is longer than 65536/
		);
		expect(workers).toEqual([expect.stringContaining('import.worker')]);
		expect(await storeCounts(page)).toEqual(before);
	});

	test('duplicate follow-up ids in one evaluation are refused with the path; nothing is stored', async ({
		page
	}, testInfo) => {
		const before = await storeCounts(page);
		const doc = bundleAsJson(buildTestBundle()) as { evaluations: { followUps: object[] }[] };
		const followUps = doc.evaluations[0]!.followUps;
		followUps.push({ ...followUps[0]! });
		const path = testInfo.outputPath('duplicate-follow-ups.json');
		writeFileSync(path, JSON.stringify(doc));
		await chooseFile(page, path);
		const alert = page.getByRole('alert');
		await expect(alert).toContainText('가져올 수 없는 파일입니다');
		await expect(alert).toContainText('저장된 데이터는 바뀌지 않았습니다');
		await expect(alert.getByRole('listitem')).toHaveText([
			'evaluations[0].followUps.1.id: duplicate id "f1" (also followUps.0)'
		]);
		expect(await storeCounts(page)).toEqual(before);
	});

	test('a valid bundle read in the worker still reaches the review', async ({ page }, testInfo) => {
		const path = testInfo.outputPath('valid.json');
		writeFileSync(path, JSON.stringify(buildTestBundle()));
		await chooseFile(page, path);
		// This app always signs the current format, so an unsigned one reads as altered.
		await expect(page.getByTestId('verification')).toContainText('변경된 파일');
		await expect(page.getByTestId('import-summary')).toContainText('새 평가 2건');
	});
});
