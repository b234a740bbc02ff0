import { settings } from '$lib/state/settings.svelte';

// The center's view reads this device's pulled records: it renders in the browser.
export const ssr = false;

export const load = async () => {
	await settings.loadReports();
};
