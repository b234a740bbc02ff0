/**
 * The number of follow-ups still pending, for the bottom navigation's badge. Reads only the
 * small summary rows (zod/mini) so the first screen stays light; refreshed on navigation, when
 * the page becomes visible, every minute, and by the follow-up screens after a change.
 */
import { pendingCount } from '$lib/domain/summary';
import { listSummaries } from '$lib/storage/summaries';

const MINUTE = 60_000;

export class FollowUpBadge {
	#count = $state(0);
	#failed = $state(false);
	#timer: ReturnType<typeof setInterval> | undefined;
	#generation = 0;
	#onVisible = () => {
		if (document.visibilityState === 'visible') void this.refresh();
	};

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
		this.#timer = setInterval(() => void this.refresh(), MINUTE);
		document.addEventListener('visibilitychange', this.#onVisible);
		return () => this.stop();
	}

	stop(): void {
		if (this.#timer !== undefined) clearInterval(this.#timer);
		this.#timer = undefined;
		if (typeof document !== 'undefined') {
			document.removeEventListener('visibilitychange', this.#onVisible);
		}
	}
}

/** The app's one badge, shared by the navigation and the follow-up screens. */
export const followUpBadge = new FollowUpBadge();
