// Times the campaign dashboard with 1,000 stored evaluations, in Chromium against the built
// app (`npm run build` first). Seeds IndexedDB through the page, then opens
// /reports/campaigns/{id} five times and prints, from navigation start: (a) headline figures
// in the DOM (performance mark `dashboard:figures`) and (b) every chart drawn (mark
// `dashboard:charts`, set with `data-ready="true"` on `.dashboard`); then the time from a tap
// on a channel chip to updated figures and charts, and the longest main-thread task while it
// loads. Usage: node scripts/run.js scripts/perf-dashboard.js
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { chromium } from 'playwright';
import { seedInPage, startServer, waitForServer } from './perf-seed.js';

// PERF_PORT lets several checkouts measure side by side.
const PORT = Number(process.env.PERF_PORT ?? 4176);
const RUNS = 5;
const EVALUATIONS = 1000;
const TARGET_MS = 1000;
const base = `http://localhost:${PORT}`;
const executablePath =
	process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

/** Runs in the page: taps the first channel chip (전화) and times figures, then next frame. */
async function timeFilterChange() {
	const list = document.querySelector('[data-figures]');
	const before = list.getAttribute('data-filter');
	const fieldset = [...document.querySelectorAll('.filters fieldset')].find(
		(f) => f.querySelector('legend')?.textContent.trim() === '채널'
	);
	const chip = fieldset?.querySelector('button.chip');
	if (!chip) throw new Error('channel chip not found');
	const start = performance.now();
	const updated = new Promise((resolve) => {
		const observer = new MutationObserver(() => {
			if (list.getAttribute('data-filter') !== before) {
				observer.disconnect();
				resolve(performance.now());
			}
		});
		observer.observe(list, { attributes: true, attributeFilter: ['data-filter'] });
	});
	chip.click();
	// Svelte updates the DOM and runs the chart effects (update('none')) in one flush, so the
	// observer fires after both; the next frame is when it is on screen.
	const figuresAt = await updated;
	await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
	const paintedAt = performance.now();
	const total = list.querySelector('[data-figure="evaluations"] .value')?.textContent ?? '';
	chip.click(); // back to no filter (not timed)
	return { figures: figuresAt - start, painted: paintedAt - start, total };
}

const median = (xs) => {
	const s = [...xs].sort((a, b) => a - b);
	const m = Math.floor(s.length / 2);
	return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const ms = (x) => (x === undefined || x === null ? '-' : Math.round(x));

const server = startServer(PORT);
let browser;
try {
	await waitForServer(base);
	browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
	// A viewport tall enough to show every chart at once: charts draw when they come into
	// view, and this measures the time until all five are drawn.
	const context = await browser.newContext({
		viewport: { width: 412, height: 6000 },
		deviceScaleFactor: 2,
		isMobile: true,
		hasTouch: true,
		locale: 'ko-KR',
		timezoneId: 'Asia/Seoul',
		serviceWorkers: 'block' // every run loads from the server alike
	});
	const page = await context.newPage();
	// Long tasks (over 50 ms) from navigation on: the longest one is how long a tap could wait.
	await page.addInitScript(() => {
		window.__longTasks = [];
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) window.__longTasks.push(e.duration);
		}).observe({ type: 'longtask', buffered: true });
	});

	// A campaign through the UI: its template is the app's own default.
	await page.goto(`${base}/campaigns/new`);
	await page.getByLabel('센터 이름').fill('성능 측정 고객센터');
	await page.getByLabel('전화번호').fill('1588-0000');
	await page.getByRole('button', { name: '저장' }).click();
	await page.getByRole('link', { name: /성능 측정 고객센터/ }).waitFor();

	const seedStart = Date.now();
	const campaignId = await seedInPage(page, { n: EVALUATIONS, now: Date.now() });
	console.log(`seeded ${EVALUATIONS} evaluations in ${Date.now() - seedStart} ms`);

	const url = `${base}/reports/campaigns/${campaignId}`;
	const rows = [];
	for (let run = 1; run <= RUNS; run++) {
		await page.goto(url, { waitUntil: 'commit' });
		try {
			await page.waitForSelector('.dashboard[data-ready="true"]', { timeout: 60_000 });
		} catch (error) {
			const state = await page
				.locator('[data-state], [role="alert"]')
				.first()
				.textContent()
				.catch(() => '?');
			throw new Error(`dashboard not ready in run ${run}: ${state}`, { cause: error });
		}
		const marks = await page.evaluate(() => ({
			figures: performance.getEntriesByName('dashboard:figures')[0]?.startTime,
			charts: performance.getEntriesByName('dashboard:charts')[0]?.startTime,
			chartError: document.querySelector('.dashboard')?.getAttribute('data-chart-error'),
			total: document.querySelector('[data-figure="evaluations"] .value')?.textContent ?? ''
		}));
		if (!marks.total.includes(String(EVALUATIONS))) {
			throw new Error(`expected ${EVALUATIONS} evaluations on the dashboard, saw "${marks.total}"`);
		}
		if (marks.chartError) throw new Error('a chart failed to draw (data-chart-error)');
		const filter = await page.evaluate(timeFilterChange);
		await page.waitForFunction(() => !location.search.includes('channel='));
		rows.push({
			run,
			'figures (ms)': marks.figures,
			'charts drawn (ms)': marks.charts,
			'filter → figures (ms)': filter.figures,
			'filter → next frame (ms)': filter.painted,
			'phone only': filter.total
		});
	}

	console.table(
		rows.map((r) => ({
			...r,
			'figures (ms)': ms(r['figures (ms)']),
			'charts drawn (ms)': ms(r['charts drawn (ms)']),
			'filter → figures (ms)': ms(r['filter → figures (ms)']),
			'filter → next frame (ms)': ms(r['filter → next frame (ms)'])
		}))
	);
	const keys = [
		'figures (ms)',
		'charts drawn (ms)',
		'filter → figures (ms)',
		'filter → next frame (ms)'
	];
	console.table(
		keys.map((k) => {
			const xs = rows.map((r) => r[k]).filter((x) => typeof x === 'number');
			return { measure: k, median: ms(median(xs)), max: ms(Math.max(...xs)) };
		})
	);
	const worstCharts = Math.max(...rows.map((r) => r['charts drawn (ms)'] ?? Infinity));
	console.log(
		worstCharts <= TARGET_MS
			? `all charts drawn within ${TARGET_MS} ms in every run (max ${ms(worstCharts)} ms)`
			: `over target: charts drawn at up to ${ms(worstCharts)} ms (target ${TARGET_MS} ms)`
	);

	// Once more at a 4× CPU slowdown (Lighthouse's mobile setting, a mid-range phone): how long
	// the longest main-thread task is while the dashboard loads, i.e. how long a tap could wait.
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	await page.goto(url, { waitUntil: 'commit' });
	await page.waitForSelector('.dashboard[data-ready="true"]', { timeout: 60_000 });
	const slow = await page.evaluate(() => ({
		figures: performance.getEntriesByName('dashboard:figures')[0]?.startTime,
		charts: performance.getEntriesByName('dashboard:charts')[0]?.startTime,
		longest: Math.max(0, ...window.__longTasks),
		count: window.__longTasks.length
	}));
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
	console.log(
		`at 4× CPU slowdown: figures ${ms(slow.figures)} ms, charts drawn ${ms(slow.charts)} ms, ` +
			`${slow.count} long tasks, the longest ${ms(slow.longest)} ms`
	);

	// Import of the same 1,000 evaluations as a signed bundle on a fresh device: from choosing
	// the file to the summary (read, parse, validate, verify, plan) and from tapping 가져오기
	// to done (one IndexedDB transaction with summaries).
	await page.goto(url);
	await page.waitForSelector('.dashboard[data-ready="true"]', { timeout: 60_000 });
	const download = page.waitForEvent('download', { timeout: 120_000 });
	await page.getByRole('button', { name: '서명된 파일 (JSON)' }).click();
	const bundlePath = join(tmpdir(), `ks-perf-bundle-${process.pid}.json`);
	await (await download).saveAs(bundlePath);
	const imports = [];
	for (let run = 1; run <= 3; run++) {
		const fresh = await browser.newContext({ viewport: { width: 412, height: 915 } });
		const other = await fresh.newPage();
		await other.goto(`${base}/reports/import`);
		await other.getByRole('heading', { level: 1 }).waitFor();
		const t0 = Date.now();
		await other.getByLabel('파일 선택').setInputFiles(bundlePath);
		await other.getByTestId('import-summary').waitFor({ timeout: 120_000 });
		const t1 = Date.now();
		await other.getByRole('button', { name: '가져오기', exact: true }).click();
		await other.getByRole('heading', { name: '가져왔습니다' }).waitFor({ timeout: 120_000 });
		const t2 = Date.now();
		imports.push({
			run,
			'file → summary (ms)': t1 - t0,
			'apply (ms)': t2 - t1,
			'total (ms)': t2 - t0
		});
		await fresh.close();
	}
	console.log(`import of a signed ${EVALUATIONS}-evaluation bundle on a fresh device`);
	console.table(imports);
	const worstImport = Math.max(...imports.map((r) => r['total (ms)']));
	console.log(
		worstImport <= 2000
			? `import within 2,000 ms in every run (max ${worstImport} ms)`
			: `import over 2,000 ms: max ${worstImport} ms`
	);
} finally {
	await browser?.close();
	process.kill(-server.pid);
}
