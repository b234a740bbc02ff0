import { chromium, devices, expect, test, type Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import {
	buildPhoto,
	bundleAsJson,
	buildTestBundle,
	tinyJpegBase64
} from '../src/lib/testing/bundles';
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
			'exportNotes: 65536자보다 긴 글입니다. 파일 안의 글은 사진을 빼고 이보다 길 수 없습니다.'
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

/** Just under the import limit (40 MiB), as a file would be padded to pass the size check. */
const AT_LIMIT = 40 * MiB - 4096;

/** The test bundle as text, with `pad` put in place of its opening brace to fill it to `bytes`. */
function padTo(bytes: number, pad: (room: number) => string): string {
	const text = JSON.stringify(bundleAsJson());
	return text.replace('{', '{' + pad(bytes - Buffer.byteLength(text)));
}

/** A list of 40 `item`s and a comma (122 bytes of `{}`, 82 of `0`). */
const group = (item: string) => `[${Array.from({ length: 40 }, () => item).join(',')}],`;

/** A valid bundle of distinct stand-in photos of 330 KB each, as many as fit under `bytes`. */
function photosUpTo(bytes: number): string {
	const doc = bundleAsJson();
	const photo = (i: number) => {
		const data = Buffer.alloc(330 * 1024);
		Buffer.from(tinyJpegBase64(), 'base64').copy(data);
		data.writeUInt32BE(i, 100);
		const id = `sha256-${createHash('sha256').update(data).digest('hex')}`;
		return { ...buildPhoto(), id, dataBase64: data.toString('base64') };
	};
	const one = JSON.stringify(photo(0)).length + 1;
	const n = Math.floor((bytes - JSON.stringify(doc).length) / one);
	doc.photos = Array.from({ length: n }, (_, i) => photo(i));
	return JSON.stringify(doc);
}

test.describe('import at the limit in a tab with a 512 MB heap (a mid-range phone)', () => {
	// A browser of its own: the heap bound is a launch flag.
	test('padding is refused while the file is read, before it fills memory; a real file of that size still reads', async ({
		baseURL
	}, testInfo) => {
		test.setTimeout(240_000);
		const launch = testInfo.project.use.launchOptions;
		const browser = await chromium.launch({
			...launch,
			args: [...(launch?.args ?? []), '--js-flags=--max-old-space-size=512']
		});
		const { defaultBrowserType: _, ...pixel } = devices['Pixel 7'];
		const context = await browser.newContext({ ...pixel, baseURL, locale: 'ko-KR' });
		const page = await context.newPage();
		let crashed = false;
		page.on('crash', () => (crashed = true));
		await createCampaign(page, { name: '기존 고객센터' });
		const before = await storeCounts(page);

		const padded: [string, string, string | RegExp][] = [
			[
				'spaces',
				padTo(AT_LIMIT, (room) => ' '.repeat(room)),
				'(root): 값 사이의 공백이 보기 좋게 정리한 파일보다 많습니다'
			],
			[
				'empty-objects',
				padTo(AT_LIMIT, (room) => `"filler":[${group('{}').repeat(Math.floor(room / 122) - 2)}0],`),
				/filler\[\d+\]\S*: 이 앱이 모르는 필드에 256 KB가 넘는 내용이 들어 있습니다/
			],
			[
				'zeros',
				padTo(AT_LIMIT, (room) => `"filler":[${group('0').repeat(Math.floor(room / 82) - 2)}0],`),
				/filler\[\d+\]\S*: 이 앱이 모르는 필드에 256 KB가 넘는 내용이 들어 있습니다/
			],
			[
				'a-known-list',
				JSON.stringify(bundleAsJson()).replace(
					'"changeLog":[',
					`"changeLog":[${'{},'.repeat(Math.floor(AT_LIMIT / 3) - 20_000)}`
				),
				'evaluations[0].changeLog: 항목이 20000개 이하여야 합니다.'
			]
		];
		for (const [name, text, reason] of padded) {
			const path = testInfo.outputPath(`${name}.json`);
			writeFileSync(path, text);
			await chooseFile(page, path);
			const alert = page.getByRole('alert');
			await expect(alert).toContainText('가져올 수 없는 파일입니다', { timeout: 60_000 });
			await expect(alert).toContainText(reason);
		}
		expect(crashed).toBe(false);
		expect(await storeCounts(page)).toEqual(before);

		const real = photosUpTo(AT_LIMIT);
		expect(Buffer.byteLength(real)).toBeGreaterThan(39 * MiB);
		const path = testInfo.outputPath('photos-at-the-limit.json');
		writeFileSync(path, real);
		await chooseFile(page, path);
		await expect(page.getByTestId('import-summary')).toContainText('새 평가 2건', {
			timeout: 120_000
		});
		expect(crashed).toBe(false);
		await browser.close();
	});
});
