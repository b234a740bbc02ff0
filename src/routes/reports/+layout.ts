import { browser } from '$app/environment';
import { formatDateTime } from '$lib/i18n/format';
import { settings } from '$lib/state/settings.svelte';

/** The report screens' messages load with them, keeping the first screen small. */
export const load = async () => {
	await settings.loadReports();
	if (browser) {
		// The first date formatted loads the locale's calendar data, a long block on a phone:
		// do it in a task of its own while the page is still reading storage, not mid-render.
		setTimeout(() => formatDateTime(0, settings.locale, settings.timeZone), 0);
	}
};
