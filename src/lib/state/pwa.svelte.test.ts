import { describe, expect, it, vi } from 'vitest';
import { PwaStatus } from './pwa.svelte';

describe('PwaStatus when a new service worker takes control', () => {
	it('reloads the tab whose user tapped 새로 고침', async () => {
		const reload = vi.fn();
		const pwa = new PwaStatus(reload);
		pwa.controllerChanged(true); // the first worker took over: not an update
		expect(reload).not.toHaveBeenCalled();
		await pwa.applyUpdate();
		pwa.controllerChanged(true);
		expect(reload).toHaveBeenCalledOnce();
		expect(pwa.appliedElsewhere).toBe(false);
	});

	it('never reloads another tab by itself: it says the new version is applied', () => {
		const reload = vi.fn();
		const pwa = new PwaStatus(reload);
		pwa.controllerChanged(true);
		pwa.controllerChanged(true); // another tab applied the update
		expect(reload).not.toHaveBeenCalled();
		expect(pwa.appliedElsewhere).toBe(true);
		expect(pwa.needRefresh).toBe(false);
		pwa.reloadNow();
		expect(reload).toHaveBeenCalledOnce();
	});

	it('the very first worker taking control is not a new version', () => {
		const pwa = new PwaStatus(vi.fn());
		pwa.controllerChanged(true);
		expect(pwa.appliedElsewhere).toBe(false);
	});
});
