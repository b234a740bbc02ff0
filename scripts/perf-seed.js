// Shared by the measurement scripts (run with scripts/run.js): starting the built app's server,
// waiting for it and seeding evaluations.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedEvaluations } from '../src/lib/testing/seed.ts';

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

/**
 * Seeds the one campaign stored in the page's app with `n` final evaluations (made in Node
 * with the domain's operations, src/lib/testing/seed.ts) and their summary rows, written
 * with raw IndexedDB in one transaction. Returns the campaign id.
 * @param {import('playwright').Page} page
 * @param {{ n: number, now: number }} options
 */
export async function seedInPage(page, { n, now }) {
	const campaign = await page.evaluate(readTheCampaign);
	const seed = seedEvaluations(campaign, n, now);
	await page.evaluate(writeSeed, seed);
	return campaign.id;
}

/** Runs in the page: the one stored campaign. */
async function readTheCampaign() {
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
	db.close();
	if (campaigns.length !== 1) throw new Error(`expected 1 campaign, found ${campaigns.length}`);
	return campaigns[0];
}

/** Runs in the page: stores the evaluations and their summary rows in one transaction. */
async function writeSeed({ evaluations, summaries }) {
	const db = await new Promise((resolve, reject) => {
		const req = indexedDB.open('ks-s-1006');
		req.onsuccess = () => resolve(req.result);
		req.onerror = () => reject(req.error);
	});
	const tx = db.transaction(['evaluations', 'summaries'], 'readwrite');
	for (const e of evaluations) tx.objectStore('evaluations').put(e);
	for (const s of summaries) tx.objectStore('summaries').put(s);
	await new Promise((resolve, reject) => {
		tx.oncomplete = () => resolve();
		tx.onerror = () => reject(tx.error);
	});
	db.close();
}
