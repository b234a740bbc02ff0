import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';

/** The system Chromium (Debian's package) unless CHROMIUM_PATH points elsewhere. */
const executablePath =
	process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

const launchOptions = {
	executablePath,
	args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking']
};

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
		trace: 'retain-on-failure',
		screenshot: 'only-on-failure',
		locale: 'ko-KR',
		timezoneId: 'Asia/Seoul',
		serviceWorkers: 'allow'
	},
	projects: [
		{
			name: 'phone',
			testIgnore: /budget\.spec\.ts/,
			use: { ...devices['Pixel 7'], launchOptions }
		},
		{
			name: 'small-phone',
			testIgnore: /budget\.spec\.ts/,
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
		}
	],
	webServer: {
		command: `npx vite preview --port ${PORT} --strictPort`,
		url: `http://localhost:${PORT}`,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000
	}
});
