import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The system Chromium (Debian's package) unless CHROMIUM_PATH points elsewhere. */
const executablePath =
	process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

const launchOptions = {
	executablePath,
	args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking']
};

/**
 * Specs about layout (widths, overflow, target sizes, the small screen's own arrangement) run on
 * the small phone too; every other behaviour runs once, on the Pixel 7.
 */
const LAYOUT_SPECS = /(shell|campaigns|dashboard|language|shopper-screens|sync-status)\.spec\.ts/;

/** PORT lets several checkouts run their end-to-end tests side by side. */
const PORT = Number(process.env.PORT ?? 4173);

export default defineConfig({
	testDir: 'tests',
	outputDir: 'test-results',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	// One retry on CI (a shared 2-core machine): a test that passes only on retry is still
	// listed as flaky in the report, so it is seen and fixed rather than hidden.
	retries: process.env.CI ? 1 : 0,
	workers: 2,
	reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
	timeout: 30_000,
	expect: { timeout: 7_000 },
	use: {
		baseURL: `http://localhost:${PORT}`,
		// Recording a trace of every test (its screencast and snapshots) made each test about a
		// quarter slower on the 2-core CI machine; there a failure is retried with a trace.
		trace: process.env.CI ? 'on-first-retry' : 'retain-on-failure',
		screenshot: 'only-on-failure',
		locale: 'ko-KR',
		timezoneId: 'Asia/Seoul',
		serviceWorkers: 'allow'
	},
	projects: [
		{
			name: 'phone',
			testIgnore: [/budget\.spec\.ts/, /server-.*\.spec\.ts/],
			use: { ...devices['Pixel 7'], launchOptions }
		},
		{
			name: 'small-phone',
			testMatch: LAYOUT_SPECS,
			use: {
				...devices['Pixel 7'],
				viewport: { width: 360, height: 640 },
				deviceScaleFactor: 2,
				launchOptions
			}
		},
		{
			name: 'budget',
			testMatch: /budget\.spec\.ts/,
			use: { ...devices['Pixel 7'], launchOptions }
		},
		{
			// The team server under faults and load, without a browser: each test starts its own
			// `node build/index.js` with its own data (tests/server-helpers.ts).
			name: 'server',
			testMatch: /server-.*\.spec\.ts/,
			timeout: 180_000
		}
	],
	// The built app on the node server (`node build`), as `npm start` runs it, with its own
	// embedded database per port so that side-by-side runs never share one.
	webServer: {
		command: 'node scripts/start.js',
		url: `http://localhost:${PORT}/api/v1/health`,
		env: {
			PORT: String(PORT),
			HOST: '127.0.0.1',
			DATA_DIR: process.env.E2E_DATA_DIR ?? join(tmpdir(), `ks1006-e2e-data-${PORT}`),
			// A fixed test value (not a secret): each team test sets up its own organisation.
			SETUP_TOKEN: 'e2e-setup-token',
			// Every API answer is checked against its route's output schema (src/lib/server/route.ts).
			CHECK_API_OUTPUT: '1'
		},
		reuseExistingServer: !process.env.CI,
		// A new embedded database is created and migrated on the first start.
		timeout: 180_000
	}
});
