import node from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { BODY_SIZE_LIMIT } from './src/lib/domain/sync/limits.js';
import { SECURITY_HEADERS } from './src/lib/server/security-headers.js';

/**
 * adapter-node, plus the app shell (200.html) beside the prerendered pages: the server hands
 * it out for every in-app address that is not prerendered (src/hooks.server.ts), and the
 * service worker precaches it as its navigation fallback.
 * @param {import('@sveltejs/adapter-node').AdapterOptions} options
 * @returns {import('@sveltejs/kit').Adapter}
 */
function nodeWithShell(options) {
	const adapter = node(options);
	const out = options.out ?? 'build';
	return {
		...adapter,
		async adapt(builder) {
			await adapter.adapt(builder);
			await builder.generateFallback(`${out}/prerendered/200.html`);
			wrapEntry(out);
		}
	};
}

/**
 * adapter-node answers files and prerendered pages before the app's hooks run, and reads
 * BODY_SIZE_LIMIT (default 512K) when its server loads. `node build` starts a small entry
 * written here instead: it defaults the limit to the largest body the app accepts
 * (src/lib/domain/sync/limits.js), loads adapter-node's server (build/app-server.js), and sets
 * the security headers (src/lib/server/security-headers.js) on every answer before it runs.
 * @param {string} out
 */
function wrapEntry(out) {
	const server = readFileSync(`${out}/index.js`, 'utf8');
	writeFileSync(
		`${out}/app-server.js`,
		server.replace('//# sourceMappingURL=index.js.map', '//# sourceMappingURL=app-server.js.map')
	);
	if (existsSync(`${out}/index.js.map`)) {
		renameSync(`${out}/index.js.map`, `${out}/app-server.js.map`);
	}
	writeFileSync(
		`${out}/index.js`,
		`// Written by svelte.config.js (wrapEntry): adapter-node's server with the app's defaults.
process.env.BODY_SIZE_LIMIT ??= ${JSON.stringify(String(BODY_SIZE_LIMIT))};
const headers = ${JSON.stringify(Object.entries(SECURITY_HEADERS))};
const app = await import('./app-server.js');
// Before adapter-node's own listener: files, pages and the API alike (the API's hooks may
// replace a header with their own).
app.server.server.prependListener('request', (_req, res) => {
	for (const [name, value] of headers) res.setHeader(name, value);
});
export const { host, path, port, server } = app;
`
	);
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Pages are prerendered or render in the browser from the shell; /api runs on the server.
		adapter: nodeWithShell({ out: 'build', precompress: true }),
		// Inline the (small) stylesheets: no render-blocking requests before the first paint.
		inlineStyleThreshold: 16 * 1024,
		serviceWorker: { register: false },
		version: { pollInterval: 0 },
		// The TypeScript tools (scripts/*.ts, run with scripts/run.js) are type-checked with the app.
		typescript: {
			config: (tsconfig) => {
				tsconfig.include.push('../scripts/**/*.ts');
			}
		},
		// A strict policy as a <meta> tag in every prerendered page and in 200.html: only this
		// origin's code runs; SvelteKit adds the hashes of its own inline scripts and styles.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self'],
				// Svelte's style: directives write element.style.cssText, which Chromium checks as
				// a style attribute. Attributes cannot run code; <style> elements stay hash-only.
				'style-src-attr': ['unsafe-inline'],
				'img-src': ['self', 'blob:', 'data:'],
				'font-src': ['self'],
				// Call recordings play from blob: URLs of this origin's own files, and their bytes
				// are read back from them for the waveform and the analyser.
				'media-src': ['self', 'blob:'],
				'connect-src': ['self', 'blob:'],
				'worker-src': ['self', 'blob:'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
