import { settings } from '$lib/state/settings.svelte';

// Evaluation pages read IndexedDB: they render in the browser from the app shell (200.html).
export const prerender = false;
export const ssr = false;

/** The run screens' messages (IVR, follow-ups, scorecard parts) load with them. */
export const load = async () => {
	await settings.loadReports();
};
