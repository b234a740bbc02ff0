import { settings } from '$lib/state/settings.svelte';

/** The team screens' messages load with them. */
export const load = async () => {
	await settings.loadReports();
};
