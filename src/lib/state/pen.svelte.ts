/**
 * One pen per evaluation across the tabs of this browser: only the tab holding the Web Lock
 * `evaluation-pen:<id>` may change the evaluation; the others show it read-only and reload it
 * from storage whenever the holder announces a committed write on a BroadcastChannel. A tab may
 * take the pen (`steal`); the tab that loses it saves what it had, says so, and waits for the
 * pen to come back free. Without Web Locks (old browsers) every tab holds its pen, as before.
 */

import { getContext, setContext } from 'svelte';

type Message =
	| { type: 'saved'; id: string } // the holder wrote the record
	| { type: 'released'; id: string }; // a tab that lost the pen has saved everything it had

export type PenState =
	| 'acquiring' // asking for the lock
	| 'held' // this tab writes
	| 'elsewhere' // another tab writes; this one follows
	| 'taking'; // taking the pen: waiting for the other tab to save what it had

export interface PenHooks {
	/** Reload the record from storage (another tab wrote it, or the pen just came here). */
	reload: () => Promise<void>;
	/** Save everything still pending in this tab; runs when the pen is taken away. */
	flush: () => Promise<void>;
	/** Runs once the pen came to this tab after a wait or a take (the record is reloaded). */
	gained?: () => Promise<void>;
}

/** How long a tab taking the pen waits for the other tab's last save. */
const HANDOVER_WAIT_MS = 2000;

export class EvaluationPen {
	readonly id: string;
	#state = $state<PenState>('acquiring');
	/** The pen was taken by another tab (not just held there from the start). */
	#lost = $state(false);
	#hooks: PenHooks;
	#channel: BroadcastChannel | undefined;
	#release: (() => void) | undefined;
	#abort = new AbortController();
	#handover: (() => void) | undefined;
	#disposed = false;

	constructor(id: string, hooks: PenHooks) {
		this.id = id;
		this.#hooks = hooks;
	}

	get state(): PenState {
		return this.#state;
	}
	/** True when this tab may change the evaluation. */
	get held(): boolean {
		return this.#state === 'held';
	}
	/** True when another tab took the pen from this one. */
	get lost(): boolean {
		return this.#lost;
	}

	get #name(): string {
		return `evaluation-pen:${this.id}`;
	}

	/**
	 * Takes the pen if it is free, else follows the tab holding it and queues for the pen, so it
	 * comes here when that tab closes. Resolves once it is known whether this tab holds it.
	 */
	async start(): Promise<void> {
		const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
		if (!locks || typeof BroadcastChannel === 'undefined') {
			this.#state = 'held';
			return;
		}
		this.#channel = new BroadcastChannel('evaluation-pen');
		this.#channel.onmessage = (event: MessageEvent<Message>) => this.#onMessage(event.data);
		const got = await new Promise<boolean>((resolve) => {
			void locks
				.request(this.#name, { ifAvailable: true }, (lock) => {
					if (!lock) {
						resolve(false);
						return;
					}
					resolve(true);
					return this.#hold();
				})
				.catch((error: unknown) => this.#onLockEnded(error));
		});
		if (this.#disposed) return;
		if (got) this.#state = 'held';
		else {
			this.#state = 'elsewhere';
			this.#wait();
		}
	}

	/** Takes the pen from the other tab ("여기서 편집"); resolves once this tab writes. */
	async take(): Promise<void> {
		if (!this.#channel || this.#state === 'held' || this.#state === 'taking') return;
		this.#state = 'taking';
		this.#abort.abort(); // leave the queue: the stolen lock is granted at once
		this.#abort = new AbortController();
		const released = new Promise<void>((resolve) => {
			this.#handover = resolve;
			setTimeout(resolve, HANDOVER_WAIT_MS);
		});
		await new Promise<void>((resolve) => {
			void navigator.locks
				.request(this.#name, { steal: true }, () => {
					resolve();
					return this.#hold();
				})
				.catch((error: unknown) => this.#onLockEnded(error));
		});
		// The other tab saves what it had, then says so: read the record only after that.
		await released;
		this.#handover = undefined;
		if (this.#disposed) return;
		await this.#gained();
	}

	/** Tells the other tabs that the record was written (call after each committed write). */
	announce(): void {
		if (this.held) this.#post({ type: 'saved', id: this.id });
	}

	/** Gives the pen back and stops listening (leaving the evaluation). */
	dispose(): void {
		this.#disposed = true;
		this.#abort.abort();
		this.#release?.();
		this.#release = undefined;
		this.#channel?.close();
		this.#channel = undefined;
	}

	/** Holds the lock until released; the promise is what the lock manager waits on. */
	#hold(): Promise<void> {
		return new Promise<void>((resolve) => (this.#release = resolve));
	}

	/** Queues for the pen, so it comes here once the holder lets go (closes, leaves). */
	#wait(): void {
		const signal = this.#abort.signal;
		void navigator.locks
			.request(this.#name, { signal }, async () => {
				if (this.#disposed) return;
				this.#state = 'taking';
				await this.#gained();
				return this.#hold();
			})
			.catch((error: unknown) => this.#onLockEnded(error));
	}

	async #gained(): Promise<void> {
		await this.#hooks.reload();
		if (this.#disposed) return;
		this.#lost = false;
		this.#state = 'held';
		await this.#hooks.gained?.();
	}

	/** A lock request ended in an error: the pen was taken, or this tab left the queue. */
	#onLockEnded(error: unknown): void {
		if (this.#disposed || !(error instanceof DOMException) || error.name !== 'AbortError') return;
		if (this.#state !== 'held') return; // left the queue on purpose (take, dispose)
		void this.#stolen();
	}

	async #stolen(): Promise<void> {
		this.#release = undefined;
		// Still 'held' while saving, so the last keystrokes are not refused as read-only.
		try {
			await this.#hooks.flush();
		} finally {
			this.#lost = true;
			this.#state = 'elsewhere';
			this.#post({ type: 'released', id: this.id });
			this.#wait();
		}
	}

	#onMessage(message: Message): void {
		if (message.id !== this.id) return;
		if (message.type === 'released') this.#handover?.();
		else if (this.#state === 'elsewhere') void this.#hooks.reload();
	}

	#post(message: Message): void {
		this.#channel?.postMessage(message);
	}
}

const KEY = Symbol('evaluation-pen');

/** Makes the pen of the open evaluation available to the run screens. */
export function setPenContext(pen: EvaluationPen): void {
	setContext(KEY, pen);
}

/** The pen of the evaluation being run. */
export function getPenContext(): EvaluationPen {
	const pen = getContext<EvaluationPen | undefined>(KEY);
	if (!pen) throw new Error('getPenContext() outside an evaluation page');
	return pen;
}
