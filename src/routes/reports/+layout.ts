import { settings } from '$lib/state/settings.svelte';

/** The report screens' messages load with them, keeping the first screen small. */
export const load = async () => {
	await settings.loadReports();
};
