/**
 * The number of follow-ups still pending, for the bottom navigation's badge. Reads only the
 * small summary rows (zod/mini) so the first screen stays light; refreshed on navigation, when
 * the page becomes visible, every minute, and by the follow-up screens after a change.
 */
import { pendingCount } from '$lib/domain/summary';
import { listSummaries } from '$lib/storage/summaries';
import { tickWhileShown } from './while-shown';

const MINUTE = 60_000;

export class FollowUpBadge {
	#count = $state(0);
	#failed = $state(false);
	#stop: (() => void) | undefined;
	#generation = 0;

	/** Follow-ups whose deadline has not passed yet. */
	get count(): number {
		return this.#count;
	}

	/** True when the last refresh could not read the summaries (the count is then stale). */
	get failed(): boolean {
		return this.#failed;
	}

	/** Re-reads the summaries; never throws (a failure keeps the last count and sets `failed`). */
	async refresh(now = Date.now()): Promise<void> {
		const generation = ++this.#generation;
		try {
			const { summaries } = await listSummaries(now);
			// A slower, older read must not overwrite a newer one.
			if (generation !== this.#generation) return;
			this.#count = pendingCount(summaries, now);
			this.#failed = false;
		} catch {
			if (generation === this.#generation) this.#failed = true;
		}
	}

	/** Refreshes now, every minute and on visibility; returns the stop function (for `$effect`). */
	start(): () => void {
		this.stop();
		void this.refresh();
		this.#stop = tickWhileShown(() => void this.refresh(), MINUTE);
		return () => this.stop();
	}

	stop(): void {
		this.#stop?.();
		this.#stop = undefined;
	}
}

/** The app's one badge, shared by the navigation and the follow-up screens. */
export const followUpBadge = new FollowUpBadge();
