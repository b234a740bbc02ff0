// How responsive the page stays while an import file is checked, in Chromium against the built
// app (`npm run build` first). Four files: a small valid bundle (the baseline), a bundle padded to 45 MB with an unknown field
// (refused by its size, unread), one padded to 30 MB (read in the worker, refused as padding)
// and a valid bundle of about 35 MB with 80 photos (read, verified, planned: the review).
// For each it prints the time from choosing the file to the answer on screen, the longest gap
// between animation frames on the main thread and the longest long task, at full speed and
// at a 4× CPU slowdown (Lighthouse's mobile setting). Usage: node scripts/run.js scripts/perf-import.js
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright';
import * as b from '../src/lib/testing/bundles.ts';
import { startServer, waitForServer } from './perf-seed.js';

const PORT = Number(process.env.PORT ?? 4177);
const base = `http://localhost:${PORT}`;
const MiB = 1024 * 1024;
const executablePath =
	process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

function padded(mb) {
	const doc = b.bundleAsJson(b.buildTestBundle());
	const size = Buffer.byteLength(JSON.stringify(doc));
	doc.exportNotes = 'x'.repeat(Math.round(mb * MiB) - size - 64);
	return JSON.stringify(doc);
}

/** A valid bundle with 80 stand-in JPEG photos of 330 KB each (about 35 MB as base64). */
function withPhotos() {
	const doc = b.bundleAsJson(b.buildTestBundle());
	const bytes = Buffer.alloc(330 * 1024);
	Buffer.from(b.tinyJpegBase64(), 'base64').copy(bytes);
	const data = bytes.toString('base64');
	doc.photos = Array.from({ length: 80 }, (_, i) => ({
		...b.buildPhoto({ id: `photo-${i + 1}` }),
		dataBase64: data
	}));
	return JSON.stringify(doc);
}

/** Runs in the page: records the longest gap between animation frames and long tasks. */
function startWatching() {
	const w = { maxGap: 0, longest: 0, last: performance.now(), running: true };
	window.__watch = w;
	new PerformanceObserver((list) => {
		for (const e of list.getEntries()) w.longest = Math.max(w.longest, e.duration);
	}).observe({ type: 'longtask' });
	const tick = (t) => {
		w.maxGap = Math.max(w.maxGap, t - w.last);
		w.last = t;
		if (w.running) requestAnimationFrame(tick);
	};
	requestAnimationFrame(tick);
}

const server = startServer(PORT);
const dir = join(tmpdir(), `ks-perf-import-${process.pid}`);
let browser;
try {
	await waitForServer(base);
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	const files = [
		{
			name: 'small.json',
			text: JSON.stringify(b.buildTestBundle()),
			expect: '[data-testid="import-summary"]'
		},
		{ name: 'padded-45mb.json', text: padded(45), expect: '[role="alert"]' },
		{ name: 'padded-30mb.json', text: padded(30), expect: '[role="alert"]' },
		{ name: 'photos-35mb.json', text: withPhotos(), expect: '[data-testid="import-summary"]' }
	];
	for (const f of files) writeFileSync(join(dir, f.name), f.text);

	browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
	const rows = [];
	for (const rate of [1, 4]) {
		for (const f of files) {
			const context = await browser.newContext({
				viewport: { width: 412, height: 915 },
				isMobile: true,
				hasTouch: true,
				locale: 'ko-KR',
				serviceWorkers: 'block'
			});
			const page = await context.newPage();
			await page.goto(`${base}/reports/import`);
			await page.getByLabel('파일 선택').waitFor({ state: 'attached' });
			const cdp = await context.newCDPSession(page);
			await cdp.send('Emulation.setCPUThrottlingRate', { rate });
			await page.evaluate(startWatching);
			const start = Date.now();
			await page.getByLabel('파일 선택').setInputFiles(join(dir, f.name));
			await page.waitForSelector(f.expect, { timeout: 300_000 });
			const elapsed = Date.now() - start;
			const watch = await page.evaluate(() => {
				window.__watch.running = false;
				return { maxGap: window.__watch.maxGap, longest: window.__watch.longest };
			});
			const answer = (await page.locator(f.expect).first().textContent()).trim().slice(0, 60);
			rows.push({
				cpu: `${rate}×`,
				file: `${f.name} (${(Buffer.byteLength(f.text) / MiB).toFixed(1)} MB)`,
				'answer (ms)': elapsed,
				'longest frame gap (ms)': Math.round(watch.maxGap),
				'longest task (ms)': Math.round(watch.longest),
				answer
			});
			await context.close();
		}
	}
	console.table(rows);
} finally {
	await browser?.close();
	rmSync(dir, { recursive: true, force: true });
	process.kill(-server.pid);
}
