import { settings } from '$lib/state/settings.svelte';

/** The follow-up screen's messages load with it, keeping the first screen small. */
export const load = async () => {
	await settings.loadReports();
};
