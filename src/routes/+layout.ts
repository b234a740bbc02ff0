import { settings } from '$lib/state/settings.svelte';

export const prerender = true;
export const trailingSlash = 'never';

/**
 * The first screen (/) paints with the base messages only; every other screen's messages load
 * before that screen renders (a small chunk, cached by the service worker for offline use).
 */
export const load = async ({ url }) => {
	if (url.pathname !== '/') await settings.loadScreens();
};
