import { settings } from '$lib/state/settings.svelte';
import { team } from '$lib/state/team.svelte';

// Calibration screens talk to the team server: they render in the browser from the app shell.
export const prerender = false;
export const ssr = false;

/** The calibration screens' messages and the device's team link load with them. */
export const load = async () => {
	await Promise.all([settings.loadReports(), team.load()]);
};
