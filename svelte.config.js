import node from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * adapter-node, plus the app shell (200.html) beside the prerendered pages: the server hands
 * it out for every in-app address that is not prerendered (src/hooks.server.ts), and the
 * service worker precaches it as its navigation fallback.
 * @param {import('@sveltejs/adapter-node').AdapterOptions} options
 * @returns {import('@sveltejs/kit').Adapter}
 */
function nodeWithShell(options) {
	const adapter = node(options);
	return {
		...adapter,
		async adapt(builder) {
			await adapter.adapt(builder);
			await builder.generateFallback(`${options.out ?? 'build'}/prerendered/200.html`);
		}
	};
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
				'connect-src': ['self'],
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
