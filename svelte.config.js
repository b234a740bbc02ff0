import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// The shell is prerendered; every other URL falls back to it and routes on the client.
		adapter: adapter({ fallback: '200.html', strict: true }),
		serviceWorker: { register: false },
		version: { pollInterval: 0 }
	}
};

export default config;
