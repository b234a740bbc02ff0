import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';

// Budgets read off the build: sizes are gzip sizes of the files the first screen loads,
// computed from the built files (deterministic), not timed.
// 57 KB: of the 56 KB the first screen loads today, 36 KB is the framework every screen needs
// (Svelte's runtime 21 KB, SvelteKit's client 11 KB, the route table 4 KB); the work towards
// 40 KB goes on in the app's own 20 KB (the shell, the home list, storage, messages).
const FIRST_SCREEN_JS_BUDGET = 57 * 1024;
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
