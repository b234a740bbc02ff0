// Shared by the measurement scripts: starting the built app's server, waiting for it and
// seeding evaluations.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'vite';

/**
 * Starts the built app on the node server (as `npm start` does, after a build) on this port,
 * with a throwaway embedded database. Stop it with `process.kill(-server.pid)`.
 */
export function startServer(port) {
	const dataDir = mkdtempSync(join(tmpdir(), 'ks1006-perf-data-'));
	return spawn(process.execPath, ['scripts/start.js'], {
		cwd: new URL('..', import.meta.url).pathname,
		env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir },
		stdio: 'ignore',
		detached: true
	});
}

/** Resolves once the server answers (a first start creates and migrates its database). */
export async function waitForServer(url, tries = 900) {
	for (let i = 0; i < tries; i++) {
		try {
			if ((await fetch(url)).ok) return;
		} catch {
			// not up yet
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error(`server did not start at ${url}`);
}

/** The ids of the checks a shopper answers, read from the catalog so answers always parse. */
export async function shopperCheckIds() {
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
export async function seedInPage({ n, ids, now }) {
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
