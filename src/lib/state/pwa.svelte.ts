/**
 * The service worker's life cycle as the user sees it: "ready offline" once everything is
 * cached, and "new version" when an update waits. The update is applied only when the user
 * asks for it, never while they are working: only the tab whose user tapped 새로 고침 reloads.
 * The new worker then controls every open tab; the others say so and wait for their user.
 */
export class PwaStatus {
	#needRefresh = $state(false);
	#offlineReady = $state(false);
	#registered = $state(false);
	#offlineNotice = $state(false);
	#appliedElsewhere = $state(false);
	#registration: ServiceWorkerRegistration | undefined;
	/** The user of this tab tapped 새로 고침: reload once the new version controls it. */
	#reloadRequested = false;
	/** A worker controlled this tab, so a new controller is a new version, not the first one. */
	#controlled = false;
	#reload: () => void;

	constructor(reload: () => void = () => location.reload()) {
		this.#reload = reload;
	}

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
	/** Another tab applied a new version, which now serves this tab too: reload when convenient. */
	get appliedElsewhere(): boolean {
		return this.#appliedElsewhere;
	}

	/**
	 * Registers the service worker once the page has loaded and the main thread is idle, so
	 * precaching the app never competes with the first screen (browser only).
	 */
	async start(): Promise<void> {
		if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
		this.#controlled = navigator.serviceWorker.controller !== null;
		navigator.serviceWorker.addEventListener('controllerchange', () =>
			this.controllerChanged(navigator.serviceWorker.controller !== null)
		);
		await afterLoadAndIdle();
		let registration: ServiceWorkerRegistration;
		try {
			registration = await navigator.serviceWorker.register(SERVICE_WORKER_URL, { scope: '/' });
		} catch {
			// No worker (offline before the first install, or the dev server): the app still runs.
			return;
		}
		this.#registration = registration;
		this.#registered = true;
		if (registration.active && navigator.serviceWorker.controller) this.#offlineReady = true;
		// A version installed earlier may already wait (the user did not apply it last time).
		if (registration.waiting && navigator.serviceWorker.controller) this.#needRefresh = true;
		const tracked = new WeakSet<ServiceWorker>();
		const track = (worker: ServiceWorker | null) => {
			if (!worker || tracked.has(worker)) return;
			tracked.add(worker);
			worker.addEventListener('statechange', () => {
				if (worker.state !== 'installed') return;
				// With a worker in control this one waits for the user; without, it is the first
				// install and the app now works offline.
				if (navigator.serviceWorker.controller) {
					this.#needRefresh = true;
				} else {
					this.#offlineReady = true;
					this.#offlineNotice = true;
				}
			});
		};
		track(registration.installing);
		registration.addEventListener('updatefound', () => track(registration.installing));
	}

	/**
	 * A new worker took control of this tab. The tab whose user asked for the update reloads;
	 * any other tab only says so, since its user may be typing.
	 */
	controllerChanged(controlled: boolean): void {
		const wasControlled = this.#controlled;
		this.#controlled = controlled;
		if (!wasControlled || !controlled) return; // the first install: nothing to reload
		if (this.#reloadRequested) {
			this.#reload();
			return;
		}
		this.#needRefresh = false;
		this.#appliedElsewhere = true;
	}

	/** Activates the waiting version; this tab reloads when it takes over (the user's tap). */
	async applyUpdate(): Promise<void> {
		this.#reloadRequested = true;
		// The generated worker waits until told to take over (registerType 'prompt').
		this.#registration?.waiting?.postMessage({ type: 'SKIP_WAITING' });
	}

	/** Reloads now into the version another tab applied (the user's tap). */
	reloadNow(): void {
		this.#reload();
	}

	dismissUpdate(): void {
		this.#needRefresh = false;
	}

	/** The one-time "works offline now" notice, until the user closes it. */
	get offlineNoticeVisible(): boolean {
		return this.#offlineNotice && !this.#needRefresh && !this.#appliedElsewhere;
	}

	dismissOfflineNotice(): void {
		this.#offlineNotice = false;
	}
}

/**
 * The worker vite-plugin-pwa generates (vite.config.ts: base and scope '/'). Registered with the
 * platform's own API: the update prompt needs only "installed" and "waiting", so the first
 * screen does without workbox-window.
 */
const SERVICE_WORKER_URL = '/sw.js';

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
