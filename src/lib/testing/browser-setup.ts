// Browser component tests render parts of the run and report screens, whose messages those
// screens' layouts load before they render: load them here the same way.
import { beforeAll } from 'vitest';
import { settings } from '$lib/state/settings.svelte';

beforeAll(async () => {
	// The root layout loads the screens' catalogue before any screen but the first.
	await settings.loadScreens();
	await settings.loadReports();
});
