import { settings } from '$lib/state/settings.svelte';

// The assignments come from IndexedDB: the page renders in the browser from the app shell.
export const prerender = false;
export const ssr = false;

/** Its messages load with it (they live with the team screens' messages). */
export const load = async () => {
	await settings.loadReports();
};
