import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// The shell is prerendered; every other URL falls back to it and routes on the client.
		adapter: adapter({ fallback: '200.html', strict: true, precompress: true }),
		// Inline the (small) stylesheets: no render-blocking requests before the first paint.
		inlineStyleThreshold: 16 * 1024,
		serviceWorker: { register: false },
		version: { pollInterval: 0 },
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
