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
		version: { pollInterval: 0 }
	}
};

export default config;
