import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';

// Budgets read off the build: sizes are gzip sizes of the files the first screen loads,
// computed from the built files (deterministic), not timed.
// 51 KB: the first screen loads 50.0 KB in 7 files (the root layout, the home list, the error
// page and everything they import are one chunk; see vite.config.ts). Where it goes, read off a
// build with source maps: Svelte's runtime (the parts these screens use) 19.9 KB, SvelteKit's
// client 10.8 KB, SvelteKit's generated route table and root 3.2 KB, component templates with
// the chunk's imports, exports and preload helper 4.3 KB; the app's own code 11.8 KB (state
// 2.4, messages 2.2, storage 2.2 with idb 1.2, components and routes 2.7, domain 0.6, ...).
// 40 KB leaves 5 KB for the app beside the frameworks: the list, its messages and storage would
// have to load after the first paint without being requested before the page is idle.
const FIRST_SCREEN_JS_BUDGET = 51 * 1024;
// A message that chart.js's core always contains (its controller's error on a bad canvas).
const CHART_JS_SIGNATURE = "Failed to create chart: can't acquire context from the given item";

function builtFile(pathname: string): Buffer {
	// Scripts, styles and icons sit in build/client with the node server.
	return readFileSync(new URL(`../build/client${pathname}`, import.meta.url));
}

test('the chart.js signature is really in chart.js (so its absence below means something)', () => {
	const require = createRequire(import.meta.url);
	const source = readFileSync(require.resolve('chart.js'), 'utf8');
	expect(source).toContain(CHART_JS_SIGNATURE);
});

test(`the first screen loads at most ${FIRST_SCREEN_JS_BUDGET / 1024} KB of gzip JavaScript, without chart.js`, async ({
	page
}) => {
	const scripts = new Set<string>();
	page.on('request', (req) => {
		const url = new URL(req.url());
		if (req.resourceType() === 'script' && !url.pathname.startsWith('/sw.js')) {
			scripts.add(url.pathname);
		}
	});
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1, exact: true, name: '평가' })).toBeVisible();
	await page.waitForLoadState('networkidle');

	expect(scripts.size).toBeGreaterThan(0);
	let total = 0;
	const rows: string[] = [];
	for (const path of scripts) {
		const file = builtFile(path);
		const gz = gzipSync(file, { level: 9 }).length;
		total += gz;
		rows.push(`${(gz / 1024).toFixed(1).padStart(6)} KB  ${path}`);
		expect(file.toString('utf8'), `${path} contains chart.js`).not.toContain(CHART_JS_SIGNATURE);
	}
	console.log(
		`first screen JavaScript: ${scripts.size} files, ${(total / 1024).toFixed(1)} KB gzip\n${rows.join('\n')}`
	);
	expect(total).toBeLessThanOrEqual(FIRST_SCREEN_JS_BUDGET);
});
