import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createCampaign, startEvaluation } from './fixtures';

/** Records every CSP violation and console error the page reports, from the first script on. */
async function watch(page: Page) {
	const consoleErrors: string[] = [];
	page.on('console', (msg) => {
		if (msg.type() === 'error') consoleErrors.push(msg.text());
	});
	page.on('pageerror', (error) => consoleErrors.push(error.message));
	// Kept outside the page so that violations before a full page load are not lost.
	const violations: string[] = [];
	await page.exposeFunction('__reportCspViolation', (text: string) => violations.push(text));
	await page.addInitScript(() => {
		const report = (window as unknown as { __reportCspViolation: (text: string) => void })
			.__reportCspViolation;
		document.addEventListener('securitypolicyviolation', (e) => {
			report(`${location.pathname}: ${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}`);
		});
	});
	return { consoleErrors, violations };
}

/** Writes one final evaluation (and its summary row) so the dashboard has charts to draw. */
async function seedFinalEvaluation(page: Page, campaignId: string) {
	await page.evaluate(async (campaignId) => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const req = indexedDB.open('ks-s-1006');
			req.onsuccess = () => resolve(req.result);
			req.onerror = () => reject(req.error);
		});
		const at = Date.UTC(2025, 8, 1, 1, 0, 0);
		const id = crypto.randomUUID();
		const tx = db.transaction(['evaluations', 'summaries'], 'readwrite');
		const answer = { value: 'met', evidenceIds: [], answeredAt: at };
		tx.objectStore('evaluations').put({
			schemaVersion: 2,
			id,
			campaignId,
			evaluator: '김평가',
			channel: 'phone',
			scenario: '시드',
			timeSlot: 'morning',
			status: 'final',
			revision: 1,
			answers: { 'A1-01': answer, 'A1-02': answer },
			ivr: {
				startedAt: at,
				events: [
					{ id: 'e0', type: 'dial', at },
					{ id: 'e1', type: 'agent-answer', at: at + 12_000 },
					{ id: 'e2', type: 'call-end', at: at + 120_000 }
				]
			},
			followUps: [],
			createdAt: at,
			updatedAt: at,
			changeLog: []
		});
		tx.objectStore('summaries').put({
			id,
			campaignId,
			centerName: '보안 고객센터',
			status: 'final',
			revision: 1,
			channel: 'phone',
			scenario: '시드',
			evaluator: '김평가',
			score: 100,
			verdict: 'excellent',
			incomplete: 0,
			criticalDefects: 0,
			pendingDeadlines: [],
			imported: false,
			createdAt: at,
			updatedAt: at
		});
		await new Promise<void>((resolve, reject) => {
			tx.oncomplete = () => resolve();
			tx.onerror = () => reject(tx.error);
		});
		db.close();
	}, campaignId);
}

test('every prerendered page and the fallback shell carry the strict policy', () => {
	for (const file of [
		'index.html',
		'campaigns.html',
		'reports.html',
		'settings.html',
		'200.html'
	]) {
		const html = readFileSync(new URL(`../build/prerendered/${file}`, import.meta.url), 'utf8');
		const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
		expect(policy, file).toBeDefined();
		expect(policy).toContain("default-src 'self'");
		expect(policy).toMatch(/script-src 'self'( 'sha256-[^']+')+;/);
		expect(policy).toContain("object-src 'none'");
		expect(policy).toContain("base-uri 'self'");
		expect(policy).not.toContain('unsafe-eval');
		expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
	}
});

test('the main screens and a dashboard chart run without a policy violation', async ({ page }) => {
	const { consoleErrors, violations } = await watch(page);
	for (const [path, heading] of [
		['/', '평가'],
		['/campaigns', '캠페인'],
		['/reports', '보고서'],
		['/settings', '설정']
	] as const) {
		await page.goto(path);
		await expect(page.getByRole('heading', { level: 1, exact: true, name: heading })).toBeVisible();
	}

	await createCampaign(page, { name: '보안 고객센터' });
	await page.getByRole('link', { name: /보안 고객센터/ }).tap();
	await expect(page).toHaveURL(/\/campaigns\/[0-9a-f-]{36}$/);
	const campaignId = new URL(page.url()).pathname.split('/').pop()!;
	// A run screen (a route only the fallback shell serves).
	await startEvaluation(page);
	await seedFinalEvaluation(page, campaignId);

	await page.goto(`/reports/campaigns/${campaignId}`);
	await expect(page.locator('canvas').first()).toBeVisible();
	for (const canvas of await page.locator('canvas').all()) await canvas.scrollIntoViewIfNeeded();
	await expect(page.locator('.dashboard')).toHaveAttribute('data-ready', 'true');

	expect(violations).toEqual([]);
	expect(consoleErrors).toEqual([]);
});

test('an injected inline script and inline event handler are blocked', async ({ page }) => {
	const { violations } = await watch(page);
	await page.goto('/settings');
	await expect(page.getByRole('heading', { level: 1, exact: true, name: '설정' })).toBeVisible();
	const ran = await page.evaluate(async () => {
		const w = window as unknown as { __injected?: boolean };
		const script = document.createElement('script');
		script.textContent = 'window.__injected = true';
		document.body.append(script);
		const img = document.createElement('img');
		img.setAttribute('onerror', 'window.__injected = true');
		img.src = 'data:,not-an-image';
		document.body.append(img);
		await new Promise((resolve) => setTimeout(resolve, 200));
		return w.__injected === true;
	});
	expect(ran).toBe(false);
	await expect
		.poll(() => violations.filter((v) => v.includes('script-src')).length)
		.toBeGreaterThanOrEqual(2);
});

test('another site cannot frame the app: the header policy says frame-ancestors none and agrees with the meta policy', async ({
	page,
	request,
	baseURL
}) => {
	const response = await request.get('/');
	const header = response.headers()['content-security-policy'] ?? '';
	expect(header).toContain("frame-ancestors 'none'");
	expect(response.headers()['x-content-type-options']).toBe('nosniff');
	// Every directive the header repeats is the meta policy's own (a browser enforces both).
	const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(
		await response.text()
	)?.[1];
	const directives = (policy: string) =>
		new Map(
			policy
				.split(';')
				.map((d) => d.trim().split(/\s+/))
				.filter((parts) => parts[0])
				.map(([name, ...values]) => [name!, values.join(' ')])
		);
	const metaDirectives = directives(meta ?? '');
	for (const [name, value] of directives(header)) {
		if (name === 'frame-ancestors') continue;
		expect(metaDirectives.get(name), name).toBe(value);
	}

	// The main document's load waits for the frame's: a blocked frame holds an error page.
	await page.setContent(`<iframe src="${baseURL}/" title="app"></iframe>`, { waitUntil: 'load' });
	const frame = page.frames().find((f) => f !== page.mainFrame());
	const appLoaded = await frame
		?.evaluate(() => document.querySelector('.app-root') !== null)
		.catch(() => false);
	expect(appLoaded).toBe(false);
});
