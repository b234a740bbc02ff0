/**
 * The home's team lines read what the last sync brought: each reads once it shows and again
 * after every successful sync (a return, a release, a dispute or an assignment may have come).
 */
import { sync } from './sync.svelte';
import { team } from './team.svelte';

/**
 * Runs `read` with the team link loaded, now and after each successful sync; a read that fails
 * leaves what shows as it was. Call it while a component initialises.
 */
export function readAfterEachSync(read: () => Promise<void>): void {
	$effect(() => {
		void sync.lastSuccessAt;
		void team
			.load()
			.then(read)
			.catch(() => undefined);
	});
}
