// Lighthouse (mobile preset: simulated slow 4G, 4x CPU slowdown) on every main route of the
// built app, served by the node server (`node build`). Prints performance, accessibility and
// best-practices scores with LCP, TBT and CLS. Run with `npm run perf` (it builds first), or
// `node scripts/run.js scripts/perf.js` with a build present (`--route=/settings` measures
// only the routes named).
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { existsSync } from 'node:fs';
import { chromium } from 'playwright';
import { seedInPage, startServer, waitForServer } from './perf-seed.js';

// PERF_PORT lets several checkouts measure side by side.
const PORT = Number(process.env.PERF_PORT ?? 4174);
const ROUTES = ['/', '/campaigns', '/follow-ups', '/reports', '/settings'];
// `--route=/settings` (repeatable, after a build) measures only those plain routes, for a quick
// look on a busy machine; without it every route is measured.
const ONLY = process.argv.filter((a) => a.startsWith('--route=')).map((a) => a.slice(8));
const chromePath =
	process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

const server = startServer(PORT);
const base = `http://localhost:${PORT}`;
let chrome;
try {
	await waitForServer(base);
	chrome = await chromeLauncher.launch({
		chromePath,
		chromeFlags: [
			'--headless=new',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--no-first-run'
		]
	});
	const rows = [];
	const diagnostics = [];
	const measure = async (route, keepStorage) => {
		const result = await lighthouse(`${base}${route}`, {
			port: chrome.port,
			output: 'json',
			logLevel: 'error',
			disableStorageReset: keepStorage,
			onlyCategories: ['performance', 'accessibility', 'best-practices']
		});
		const { categories, audits } = result.lhr;
		const failing = Object.values(audits)
			.filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
			.map((a) => a.id);
		const bootup = (audits['bootup-time']?.details?.items ?? [])
			.slice(0, 3)
			.map((i) => `${String(i.url).split('/').pop()} ${Math.round(i.total)} ms`)
			.join(', ');
		const lcpNode =
			audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.nodeLabel;
		const longTasks = (audits['long-tasks']?.details?.items ?? [])
			.slice(0, 5)
			.map((i) => `${String(i.url).split('/').pop()} ${Math.round(i.duration)} ms`)
			.join(', ');
		diagnostics.push(
			`${route.replace(/[0-9a-f-]{36}/, ':id')}: ${bootup}; LCP element "${String(lcpNode ?? '').slice(0, 40)}"; long tasks: ${longTasks || 'none'}`
		);
		rows.push({
			route: route.replace(/[0-9a-f-]{36}/, ':id'),
			performance: categories.performance.score,
			accessibility: categories.accessibility.score,
			'best-practices': categories['best-practices'].score,
			'LCP (ms)': Math.round(audits['largest-contentful-paint'].numericValue),
			'TBT (ms)': Math.round(audits['total-blocking-time'].numericValue),
			CLS: Number(audits['cumulative-layout-shift'].numericValue.toFixed(3)),
			'failed audits': failing.join(' ') || '-'
		});
	};
	// `node scripts/run.js scripts/perf.js --reports` (after a build) measures only the report routes.
	const plain = ONLY.length > 0 ? ONLY : process.argv.includes('--reports') ? [] : ROUTES;
	for (const route of plain) await measure(route, false);

	if (ONLY.length === 0) {
		// The report routes need data: after the routes above (whose runs reset storage), seed 200
		// final evaluations of one campaign in this browser profile and keep them for these runs.
		const browser = await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`);
		const seedPage = await browser.contexts()[0].newPage();
		await seedPage.goto(`${base}/campaigns/new`);
		await seedPage.getByLabel('센터 이름').fill('Lighthouse 측정 센터');
		await seedPage.getByRole('button', { name: '저장' }).click();
		await seedPage.getByRole('link', { name: /Lighthouse 측정 센터/ }).waitFor();
		const campaignId = await seedInPage(seedPage, { n: 200, now: Date.now() });
		const evaluationId = await seedPage.evaluate(
			() =>
				new Promise((resolve, reject) => {
					const req = indexedDB.open('ks-s-1006');
					req.onsuccess = () => {
						const get = req.result
							.transaction('evaluations')
							.objectStore('evaluations')
							.getAllKeys();
						get.onsuccess = () => resolve(String(get.result[0]));
						get.onerror = () => reject(get.error);
					};
					req.onerror = () => reject(req.error);
				})
		);
		await seedPage.close();
		await browser.close();
		const dataRoutes = [
			`/reports/campaigns/${campaignId}`,
			`/reports/evaluations/${evaluationId}`,
			`/reports/audit/${campaignId}`
		];

		for (const route of dataRoutes) await measure(route, true);
	}
	console.table(rows);
	console.log('main-thread time by script (4x CPU slowdown):\n  ' + diagnostics.join('\n  '));
	const below = rows.filter(
		(r) =>
			r.performance < 0.98 || r.accessibility < 1 || r['best-practices'] < 1 || r['LCP (ms)'] > 1000
	);
	console.log(
		below.length === 0
			? 'all routes meet the targets (performance >= 0.98, LCP <= 1000 ms, accessibility 1, best practices 1)'
			: `below target: ${below.map((r) => r.route).join(', ')}`
	);
} finally {
	await chrome?.kill();
	process.kill(-server.pid);
}
