/**
 * The service worker's life cycle as the user sees it: "ready offline" once everything is
 * cached, and "new version" when an update waits. The update is applied only when the user
 * asks for it, never while they are working.
 */
export class PwaStatus {
	#needRefresh = $state(false);
	#offlineReady = $state(false);
	#registered = $state(false);
	#offlineNotice = $state(false);
	#updateSW: ((reload?: boolean) => Promise<void>) | undefined;

	get needRefresh(): boolean {
		return this.#needRefresh;
	}
	get offlineReady(): boolean {
		return this.#offlineReady;
	}
	/** True once a service worker controls or is installed for this app. */
	get registered(): boolean {
		return this.#registered;
	}

	/**
	 * Registers the service worker once the page has loaded and the main thread is idle, so
	 * precaching the app never competes with the first screen (browser only).
	 */
	async start(): Promise<void> {
		if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
		await afterLoadAndIdle();
		const { registerSW } = await import('virtual:pwa-register');
		this.#updateSW = registerSW({
			immediate: true,
			onNeedRefresh: () => {
				this.#needRefresh = true;
			},
			onOfflineReady: () => {
				this.#offlineReady = true;
				this.#offlineNotice = true;
			},
			onRegisteredSW: (_url, registration) => {
				this.#registered = registration !== undefined;
				if (registration?.active && navigator.serviceWorker.controller) this.#offlineReady = true;
			}
		});
	}

	/** Activates the waiting version and reloads: only ever called from the user's tap. */
	async applyUpdate(): Promise<void> {
		await this.#updateSW?.(true);
	}

	dismissUpdate(): void {
		this.#needRefresh = false;
	}

	/** The one-time "works offline now" notice, until the user closes it. */
	get offlineNoticeVisible(): boolean {
		return this.#offlineNotice && !this.#needRefresh;
	}

	dismissOfflineNotice(): void {
		this.#offlineNotice = false;
	}
}

function afterLoadAndIdle(): Promise<void> {
	return new Promise((resolve) => {
		const idle = () =>
			'requestIdleCallback' in window
				? requestIdleCallback(() => resolve(), { timeout: 3000 })
				: setTimeout(resolve, 200);
		if (document.readyState === 'complete') idle();
		else window.addEventListener('load', idle, { once: true });
	});
}

export const pwa = new PwaStatus();
