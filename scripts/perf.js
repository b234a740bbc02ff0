// Lighthouse (mobile preset: simulated slow 4G, 4x CPU slowdown) on every main route of the
// built app, served by `vite preview`. Prints performance, accessibility and best-practices
// scores with LCP, TBT and CLS. Run with `npm run perf` (it builds first).
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

const PORT = 4174;
const ROUTES = ['/', '/campaigns', '/follow-ups', '/reports', '/settings'];
const chromePath =
	process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

async function waitForServer(url, tries = 100) {
	for (let i = 0; i < tries; i++) {
		try {
			if ((await fetch(url)).ok) return;
		} catch {
			// not up yet
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error(`preview server did not start at ${url}`);
}

const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], {
	stdio: 'ignore',
	detached: true
});
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
	for (const route of ROUTES) {
		const result = await lighthouse(`${base}${route}`, {
			port: chrome.port,
			output: 'json',
			logLevel: 'error',
			onlyCategories: ['performance', 'accessibility', 'best-practices']
		});
		const { categories, audits } = result.lhr;
		const failing = Object.values(audits)
			.filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
			.map((a) => a.id);
		rows.push({
			route,
			performance: categories.performance.score,
			accessibility: categories.accessibility.score,
			'best-practices': categories['best-practices'].score,
			'LCP (ms)': Math.round(audits['largest-contentful-paint'].numericValue),
			'TBT (ms)': Math.round(audits['total-blocking-time'].numericValue),
			CLS: Number(audits['cumulative-layout-shift'].numericValue.toFixed(3)),
			'failed audits': failing.join(' ') || '-'
		});
	}
	console.table(rows);
	const below = rows.filter(
		(r) => r.performance < 0.98 || r.accessibility < 1 || r['best-practices'] < 1
	);
	console.log(
		below.length === 0
			? 'all routes meet the targets (performance >= 0.98, accessibility 1, best practices 1)'
			: `below target: ${below.map((r) => r.route).join(', ')}`
	);
} finally {
	await chrome?.kill();
	process.kill(-server.pid);
}
