// Times the campaign dashboard with 1,000 stored evaluations, in Chromium against the built
// app (`npm run build` first). Seeds IndexedDB through the page, then opens
// /reports/campaigns/{id} five times and prints, from navigation start: (a) headline figures
// in the DOM (performance mark `dashboard:figures`) and (b) every chart drawn (mark
// `dashboard:charts`, set with `data-ready="true"` on `.dashboard`); then the time from a tap
// on a channel chip to updated figures and charts. Usage: node scripts/perf-dashboard.js
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from 'playwright';
import { createServer } from 'vite';

const PORT = 4176;
const RUNS = 5;
const EVALUATIONS = 1000;
const TARGET_MS = 1000;
const base = `http://localhost:${PORT}`;
const executablePath =
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

/** The ids of the checks a shopper answers, read from the catalog so answers always parse. */
async function shopperCheckIds() {
	const vite = await createServer({
		configFile: false,
		appType: 'custom',
		logLevel: 'error',
		server: { middlewareMode: true, hmr: false }
	});
	try {
		const mod = await vite.ssrLoadModule(
			new URL('../src/lib/domain/catalog/index.ts', import.meta.url).pathname
		);
		return mod.shopperChecks().map((c) => c.id);
	} finally {
		await vite.close();
	}
}

/**
 * Runs in the page: writes `n` final evaluations (schema version 2) and their summary rows for
 * the one stored campaign with raw IndexedDB, spread over 12 weeks. Returns the campaign id.
 */
async function seedInPage({ n, ids, now }) {
	const db = await new Promise((resolve, reject) => {
		const req = indexedDB.open('ks-s-1006');
		req.onsuccess = () => resolve(req.result);
		req.onerror = () => reject(req.error);
	});
	const campaigns = await new Promise((resolve, reject) => {
		const req = db.transaction('campaigns').objectStore('campaigns').getAll();
		req.onsuccess = () => resolve(req.result);
		req.onerror = () => reject(req.error);
	});
	if (campaigns.length !== 1) throw new Error(`expected 1 campaign, found ${campaigns.length}`);
	const campaign = campaigns[0];

	// A small seeded PRNG (mulberry32) so every run measures the same data.
	let seed = 20250901;
	const random = () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const pick = (xs) => xs[Math.floor(random() * xs.length)];
	const slotOf = (ms) => {
		const m = Math.floor(
			((((ms + 9 * 3_600_000) % 86_400_000) + 86_400_000) % 86_400_000) / 60_000
		);
		if (m < 360) return 'night';
		if (m < 720) return 'morning';
		if (m < 780) return 'lunch';
		if (m < 1080) return 'afternoon';
		if (m < 1260) return 'evening';
		return 'night';
	};
	const textExcluded = (id) =>
		id.startsWith('B1-') || id.startsWith('S02-') || id.startsWith('S03-') || id === 'S11-5';
	const evaluators = ['김평가', '이평가', '박평가', '최평가'];
	const weeks = 12;

	const tx = db.transaction(['evaluations', 'summaries'], 'readwrite');
	for (let i = 0; i < n; i++) {
		const id = crypto.randomUUID();
		// Weekdays 09:00–18:00 Seoul, spread over the last 12 weeks.
		const day = Math.floor(random() * weeks * 7);
		const seoulMidnight =
			Math.floor((now + 9 * 3_600_000) / 86_400_000) * 86_400_000 - 9 * 3_600_000;
		const at = seoulMidnight - day * 86_400_000 + (9 * 60 + Math.floor(random() * 540)) * 60_000;
		const r = random();
		const channel = r < 0.7 ? 'phone' : r < 0.85 ? 'email' : r < 0.95 ? 'chat' : 'sms-sns';
		const answers = {};
		for (const checkId of ids) {
			if (channel !== 'phone' && textExcluded(checkId)) continue;
			const v = random();
			const value = v < 0.75 ? 'met' : v < 0.83 ? 'partial' : v < 0.95 ? 'not-met' : 'na';
			answers[checkId] = { value, evidenceIds: [], answeredAt: at + 60_000 };
		}
		const events = [];
		if (channel === 'phone') {
			events.push({ id: 'e0', type: 'dial', at });
			if (random() < 0.05) {
				events.push({ id: 'e1', type: 'agent-request', at: at + 5_000, key: '0' });
				events.push({ id: 'e2', type: 'machine-drop', at: at + 40_000 });
			} else {
				const tta = Math.round((3 + random() * 25 + random() * random() * 60) * 1000);
				events.push({ id: 'e1', type: 'agent-answer', at: at + tta });
				events.push({ id: 'e2', type: 'call-end', at: at + tta + 180_000 });
			}
		}
		const evaluator = pick(evaluators);
		tx.objectStore('evaluations').put({
			schemaVersion: 2,
			id,
			campaignId: campaign.id,
			evaluator,
			channel,
			scenario: `성능 측정 ${i + 1}`,
			timeSlot: slotOf(at),
			status: 'final',
			revision: 1,
			answers,
			ivr: channel === 'phone' ? { startedAt: at, events } : { events: [] },
			followUps: [],
			createdAt: at,
			updatedAt: at + 600_000,
			changeLog: []
		});
		tx.objectStore('summaries').put({
			id,
			campaignId: campaign.id,
			centerName: campaign.center.name,
			status: 'final',
			revision: 1,
			channel,
			scenario: `성능 측정 ${i + 1}`,
			evaluator,
			score: null,
			verdict: null,
			incomplete: 0,
			criticalDefects: 0,
			pendingDeadlines: [],
			imported: false,
			createdAt: at,
			updatedAt: at + 600_000
		});
	}
	await new Promise((resolve, reject) => {
		tx.oncomplete = () => resolve();
		tx.onerror = () => reject(tx.error);
	});
	db.close();
	return campaign.id;
}

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

const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], {
	stdio: 'ignore',
	detached: true
});
let browser;
try {
	const [ids] = await Promise.all([shopperCheckIds(), waitForServer(base)]);
	browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
	const context = await browser.newContext({
		viewport: { width: 412, height: 915 },
		deviceScaleFactor: 2,
		isMobile: true,
		hasTouch: true,
		locale: 'ko-KR',
		timezoneId: 'Asia/Seoul',
		serviceWorkers: 'block' // every run loads from the server alike
	});
	const page = await context.newPage();

	// A campaign through the UI: its template is the app's own default.
	await page.goto(`${base}/campaigns/new`);
	await page.getByLabel('센터 이름').fill('성능 측정 고객센터');
	await page.getByLabel('전화번호').fill('1588-0000');
	await page.getByRole('button', { name: '저장' }).click();
	await page.getByRole('link', { name: /성능 측정 고객센터/ }).waitFor();

	const seedStart = Date.now();
	const campaignId = await page.evaluate(seedInPage, {
		n: EVALUATIONS,
		ids,
		now: Date.now()
	});
	console.log(
		`seeded ${EVALUATIONS} evaluations × ${ids.length} shopper checks in ${Date.now() - seedStart} ms`
	);

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
} finally {
	await browser?.close();
	process.kill(-server.pid);
}
