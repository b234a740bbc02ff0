/**
 * Loads chart.js lazily: the only importer of `chart-setup.ts`, kept apart from the specs
 * it draws so the two do not import each other.
 */
let setup: Promise<typeof import('./chart-setup')> | undefined;

/** Loads chart.js (once, on first use) with only the parts the dashboard draws. */
export function loadCharts(): Promise<typeof import('./chart-setup')> {
	setup ??= import('./chart-setup').catch((error: unknown) => {
		setup = undefined;
		throw error;
	});
	return setup;
}
