// Tap → committed write: taps answer buttons on the agent sheet of the built app 200 times in
// Chromium and measures, for each tap, the time until the write of that change has committed
// to IndexedDB (the SaveQueue marks `ks:write-committed`). Prints p50, p95 and max.
// Run with `npm run perf` (it builds first) or `node scripts/run.js scripts/perf-taps.js` with a
// build present.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright';
import { startServer, waitForServer } from './perf-seed.js';

// PERF_PORT lets several checkouts measure side by side.
const PORT = Number(process.env.PERF_PORT ?? 4177);
const TAPS = 200;
const base = `http://localhost:${PORT}`;
const executablePath =
	process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

function percentile(sorted, p) {
	const i = (sorted.length - 1) * p;
	const lo = Math.floor(i);
	const hi = Math.ceil(i);
	return sorted[lo] + (sorted[hi] - sorted[lo]) * (i - lo);
}

const server = startServer(PORT);
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
try {
	await waitForServer(base);
	const page = await browser.newPage({ viewport: { width: 412, height: 915 } });
	await page.goto(`${base}/campaigns/new`);
	await page.getByLabel('센터 이름').fill('성능 측정 센터');
	await page.getByRole('button', { name: '저장' }).click();
	await page.waitForURL(`${base}/campaigns`);
	await page.goto(`${base}/evaluations/new`);
	await page.getByLabel('평가자').fill('측정');
	await page.getByRole('button', { name: '평가 시작' }).click();
	await page.waitForURL(/\/pre$/);
	await page.goto(page.url().replace(/\/pre$/, '/agent'));
	await page.locator('fieldset[id^="check-"]').first().waitFor();

	const ids = await page
		.locator('fieldset[id^="check-"]')
		.evaluateAll((els) => els.map((e) => e.id));
	const samples = [];
	for (let i = 0; i < TAPS; i++) {
		const id = ids[i % ids.length];
		const value = Math.floor(i / ids.length) % 2 === 0 ? '충족' : '미충족';
		const ms = await page.evaluate(
			({ id, value }) =>
				new Promise((resolve) => {
					const button = [...document.querySelectorAll(`#${id} button`)].find(
						(b) => b.textContent?.trim().replace(/^✓\s*/, '') === value
					);
					const t0 = performance.now();
					const observer = new PerformanceObserver((list) => {
						for (const entry of list.getEntries()) {
							if (entry.name === 'ks:write-committed' && entry.startTime >= t0) {
								observer.disconnect();
								resolve(entry.startTime - t0);
								return;
							}
						}
					});
					observer.observe({ entryTypes: ['mark'] });
					button.click();
				}),
			{ id, value }
		);
		samples.push(ms);
	}
	samples.sort((a, b) => a - b);
	const fmt = (n) => `${n.toFixed(2)} ms`;
	console.log(`tap → committed write, ${TAPS} taps on the agent sheet (Chromium, IndexedDB)`);
	console.table({
		p50: fmt(percentile(samples, 0.5)),
		p95: fmt(percentile(samples, 0.95)),
		max: fmt(samples.at(-1)),
		min: fmt(samples[0])
	});
	console.log(percentile(samples, 0.95) <= 16 ? 'p95 within the 16 ms target' : 'p95 above 16 ms');
} finally {
	await browser.close();
	process.kill(-server.pid);
}
