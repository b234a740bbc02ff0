/**
 * The sync status the screens show, and when sync runs: shortly after each save, when the
 * network comes back, when the app is shown again, every minute while it is visible, and on
 * "sync now". The last three forget the back-off built up while offline and go at once: a
 * shopper leaving a basement without signal expects the records to leave with them. Loaded
 * lazily, only on a device linked to a team server; never blocks work.
 */
import type { SyncOptions, SyncOutcome } from '$lib/sync/engine';
import { runSync, isSignedOut } from '$lib/sync/engine';
import { countOpenConflicts } from '$lib/storage/conflicts';
import { listOutbox, onOutboxQueued } from '$lib/storage/outbox';
import { getSyncState, type SyncFailure } from '$lib/storage/sync-state';
import { getTeamLink } from '$lib/storage/team';

/** After a save, sync waits this long for more saves. */
export const SAVE_DEBOUNCE_MS = 2_000;
/** While the app is visible, sync runs this often. */
export const PERIOD_MS = 60_000;

/** What `refresh` reads from the device, replaced as a whole so no screen shows half of it. */
interface StoredStatus {
	pending: number;
	/** Queued records the server refused or that wait for something (not shopper, conflict). */
	held: number;
	reasons: string[];
	conflicts: number;
	lastSuccessAt: number | undefined;
	failure: SyncFailure | undefined;
	signedOut: boolean;
}

const NOTHING_READ: StoredStatus = {
	pending: 0,
	held: 0,
	reasons: [],
	conflicts: 0,
	lastSuccessAt: undefined,
	failure: undefined,
	signedOut: false
};

export class SyncStatus {
	#linked = $state(false);
	#stored = $state.raw<StoredStatus>(NOTHING_READ);
	#running = $state(false);
	#stop: (() => void) | undefined;
	#debounce: ReturnType<typeof setTimeout> | undefined;
	#soon: (() => void) | undefined;
	/** A save arrived while a run was under way: run again after it. */
	#again = false;
	/** The network came back (or the like) while a run was under way: resume right after it. */
	#resumeAfter = false;

	get linked(): boolean {
		return this.#linked;
	}
	/** Records waiting to reach the server. */
	get pending(): number {
		return this.#stored.pending;
	}
	get held(): number {
		return this.#stored.held;
	}
	/** Why held records wait (distinct; `NOT_SHOPPER`, `CONFLICT` or the server's message). */
	get reasons(): string[] {
		return this.#stored.reasons;
	}
	get conflicts(): number {
		return this.#stored.conflicts;
	}
	get lastSuccessAt(): number | undefined {
		return this.#stored.lastSuccessAt;
	}
	get failure(): SyncFailure | undefined {
		return this.#stored.failure;
	}
	get signedOut(): boolean {
		return this.#stored.signedOut;
	}
	get running(): boolean {
		return this.#running;
	}

	/** Reads the stored status (outbox, last run, conflicts). */
	async refresh(): Promise<void> {
		const link = await getTeamLink();
		this.#linked = link !== undefined;
		if (!link) return;
		const [rows, state, conflicts] = await Promise.all([
			listOutbox(),
			getSyncState(),
			countOpenConflicts()
		]);
		const held = rows.filter((r) => r.refused || r.lastError !== undefined);
		const reasons = held.map((r) => r.lastError ?? '').filter(Boolean);
		this.#stored = {
			pending: rows.length,
			held: held.length,
			reasons: reasons.filter((r, i) => reasons.indexOf(r) === i),
			conflicts,
			lastSuccessAt: state.lastSuccessAt,
			failure: state.lastFailure,
			signedOut: isSignedOut(state, link)
		};
	}

	/** One run (forced: even while backing off), then the status is read again. */
	run(force = false): Promise<SyncOutcome | undefined> {
		return this.#go({ force });
	}

	/** Forgets the back-off and runs now (or right after the run under way). */
	resume(): Promise<SyncOutcome | undefined> {
		return this.#go({ resume: true });
	}

	/** "지금 동기화". */
	syncNow(): Promise<SyncOutcome | undefined> {
		return this.resume();
	}

	async #go(options: SyncOptions): Promise<SyncOutcome | undefined> {
		if (this.#running) {
			if (options.resume) this.#resumeAfter = true;
			else this.#again = true;
			return undefined;
		}
		this.#running = true;
		this.#again = false;
		this.#resumeAfter = false;
		try {
			return await runSync(options);
		} catch {
			return undefined;
		} finally {
			this.#running = false;
			await this.refresh().catch(() => undefined);
			if (this.#resumeAfter) void this.resume();
			else if (this.#again) this.#soon?.();
		}
	}

	/** Starts the triggers (once); returns when the first status is read. */
	async start(): Promise<void> {
		if (this.#stop) return;
		const visible = () => document.visibilityState === 'visible';
		const soon = () => {
			clearTimeout(this.#debounce);
			this.#debounce = setTimeout(() => void this.run(), SAVE_DEBOUNCE_MS);
		};
		this.#soon = soon;
		const onQueued = () => {
			void this.refresh().catch(() => undefined);
			soon();
		};
		const onOnline = () => void this.resume();
		const onVisibility = () => {
			// Shown again without a network: the back-off stands (no use trying at once).
			if (visible()) void (navigator.onLine ? this.resume() : this.run());
		};
		const timer = setInterval(() => {
			if (visible()) void this.run();
		}, PERIOD_MS);
		const unsubscribe = onOutboxQueued(onQueued);
		window.addEventListener('online', onOnline);
		document.addEventListener('visibilitychange', onVisibility);
		this.#stop = () => {
			unsubscribe();
			clearInterval(timer);
			clearTimeout(this.#debounce);
			window.removeEventListener('online', onOnline);
			document.removeEventListener('visibilitychange', onVisibility);
		};
		await this.refresh().catch(() => undefined);
		void this.run();
	}

	stop(): void {
		this.#stop?.();
		this.#stop = undefined;
	}
}

export const sync = new SyncStatus();
