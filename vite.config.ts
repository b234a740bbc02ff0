import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { playwright } from '@vitest/browser-playwright';
import { existsSync, readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/** The system Chromium (Debian's package) unless CHROMIUM_PATH points elsewhere. */
export function chromiumPath(): string | undefined {
	const fromEnv = process.env.CHROMIUM_PATH;
	if (fromEnv) return fromEnv;
	return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

const executablePath = chromiumPath();
const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
	version: string;
};

/**
 * Svelte's client runtime is one module of re-exports over many small ones. Marked free of side
 * effects (it only re-exports), the bundler follows each import to the module that defines it,
 * so a screen's chunk holds the parts of the runtime its components use, not every part that
 * any screen uses (the bindings of the forms, transitions, the legacy lifecycle stay on their
 * routes).
 */
const svelteRuntimeByUse: Plugin = {
	name: 'svelte-runtime-by-use',
	enforce: 'post',
	transform(code, id) {
		if (/[\\/]node_modules[\\/]svelte[\\/]src[\\/]internal[\\/]client[\\/]index\.js$/.test(id)) {
			return { code, map: null, moduleSideEffects: false };
		}
	}
};

/**
 * The first screen (the root layout, the home list and the error page) with everything they
 * import, SvelteKit's and Svelte's runtime included, in one chunk: one request and one gzip
 * stream instead of some twenty small files (each with its own imports and exports). Every
 * other screen loads it too (they all sit in the root layout); their own code stays in their
 * own chunks.
 */
const FIRST_SCREEN = [
	/[\\/]src[\\/]routes[\\/]\+(layout|page|error)\.(svelte|ts)$/,
	// SvelteKit's root component and the route parameter matchers (its route table needs them).
	/[\\/]generated[\\/]root\.svelte$/,
	/[\\/]src[\\/]params[\\/]/
];

export default defineConfig({
	plugins: [
		svelteRuntimeByUse,
		sveltekit(),
		SvelteKitPWA({
			registerType: 'prompt',
			// The app lives at the origin's root; without this the worker would be looked up
			// relative to the current page (SvelteKit uses relative asset paths).
			base: '/',
			scope: '/',
			injectRegister: false,
			strategies: 'generateSW',
			manifest: {
				id: '/',
				name: '고객콘택트센터 미스터리 쇼핑 (KS S 1006)',
				short_name: '미스터리쇼핑',
				description: 'KS S 1006 고객콘택트센터 서비스 기준의 미스터리 쇼핑 현장 도구',
				lang: 'ko',
				dir: 'ltr',
				start_url: '/',
				scope: '/',
				display: 'standalone',
				orientation: 'portrait',
				background_color: '#f4f6f9',
				theme_color: '#0b5cad',
				categories: ['business', 'productivity'],
				// 공유 → this app: a call recording arrives at /share (static/share-target.js keeps it).
				share_target: {
					action: '/share',
					method: 'POST',
					enctype: 'multipart/form-data',
					params: {
						files: [
							{
								name: 'audio',
								accept: [
									'audio/*',
									'video/mp4',
									'video/3gpp',
									'.m4a',
									'.amr',
									'.3gp',
									'.wav',
									'.mp3',
									'.webm',
									'.ogg'
								]
							}
						]
					}
				},
				icons: [
					{
						src: '/icons/icon-192.png',
						sizes: '192x192',
						type: 'image/png',
						purpose: 'any'
					},
					{
						src: '/icons/icon-512.png',
						sizes: '512x512',
						type: 'image/png',
						purpose: 'any'
					},
					{
						src: '/icons/maskable-192.png',
						sizes: '192x192',
						type: 'image/png',
						purpose: 'maskable'
					},
					{
						src: '/icons/maskable-512.png',
						sizes: '512x512',
						type: 'image/png',
						purpose: 'maskable'
					}
				]
			},
			kit: { adapterFallback: '200.html', spa: true },
			workbox: {
				globPatterns: [
					'client/**/*.{js,css,ico,png,svg,webp,webmanifest,woff2}',
					'prerendered/**/*.html'
				],
				cleanupOutdatedCaches: true,
				// Its fetch handler comes first: a POST to /share (the share target) is kept offline.
				importScripts: ['/share-target.js'],
				// The API is always asked over the network: never answered with the app shell,
				// and never cached (there is no runtime caching at all).
				navigateFallbackDenylist: [/^\/api(\/|$)/]
			}
		})
	],
	define: { __APP_VERSION__: JSON.stringify(pkg.version) },
	build: {
		target: 'es2022',
		rollupOptions: {
			output: {
				codeSplitting: {
					groups: [{ name: 'shell', test: (id) => FIRST_SCREEN.some((re) => re.test(id)) }]
				}
			}
		}
	},
	test: {
		expect: { requireAssertions: true },
		projects: [
			{
				extends: './vite.config.ts',
				test: {
					name: 'node',
					environment: 'node',
					// Pure code with no process-wide state (a stubbed global is unstubbed after its
					// test): the files share one module graph instead of each importing it again
					// (the project ran in 55 s isolated, 17 s shared).
					isolate: false,
					include: ['src/**/*.test.ts'],
					exclude: ['src/**/*.svelte.test.ts', 'src/lib/server/**'],
					benchmark: { include: ['src/**/*.bench.ts'] }
				}
			},
			{
				// The server's code (database, API) against PGlite, and PostgreSQL when
				// TEST_DATABASE_URL is set.
				extends: './vite.config.ts',
				test: {
					name: 'server',
					environment: 'node',
					include: ['src/lib/server/**/*.test.ts'],
					// A database round trip is slow on a busy 2-core machine; a hung test still fails.
					testTimeout: 30_000,
					globalSetup: ['src/lib/testing/server-db-template.ts']
				}
			},
			{
				extends: './vite.config.ts',
				test: {
					name: 'browser',
					include: ['src/**/*.svelte.test.ts'],
					exclude: ['src/lib/server/**'],
					// Components render with the messages their screens load (see browser-setup.ts).
					setupFiles: ['src/lib/testing/browser-setup.ts'],
					// Synthetic call recordings need espeak-ng and sox, so they are made in node first.
					globalSetup: ['src/lib/testing/calls/browser-fixtures.ts'],
					browser: {
						enabled: true,
						headless: true,
						provider: playwright({
							launchOptions: {
								executablePath,
								args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking']
							}
						}),
						instances: [{ browser: 'chromium' }]
					}
				}
			}
		]
	}
});
