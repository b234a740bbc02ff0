import { beforeEach, describe, expect, it } from 'vitest';
import { Settings } from './settings.svelte';
import { StorageStatus } from './storage-status.svelte';

describe('Settings in a real browser', () => {
	beforeEach(() => localStorage.clear());

	it('starts in Korean with the Seoul time zone', () => {
		const s = new Settings();
		s.load();
		expect(s.locale).toBe('ko');
		expect(s.t.nav.settings).toBe('설정');
		expect(s.timeZone).toBe('Asia/Seoul');
		expect(document.documentElement.lang).toBe('ko');
	});

	it('remembers English across instances (a reload) and sets the document language', async () => {
		const first = new Settings();
		first.setLocale('en');
		await first.ready;
		const again = new Settings();
		again.load();
		expect(again.t.nav.settings).toBe('설정'); // Korean until the English chunk has loaded
		await again.ready;
		expect(again.locale).toBe('en');
		expect(again.t.nav.settings).toBe('Settings');
		expect(document.documentElement.lang).toBe('en');
	});

	it('loads the other screens’ messages only when asked, and in the language chosen later', async () => {
		const s = new Settings();
		s.load();
		// The first screen paints with the base catalogue alone.
		expect(s.t.settings).toBeUndefined();
		await s.loadScreens();
		expect(s.t.settings.title).toBe('설정');
		expect(s.t.nav.settings).toBe('설정');
		s.setLocale('en');
		await s.ready;
		expect(s.t.settings.title).toBe('Settings');
		expect(s.t.campaigns.title).toBe('Campaigns');
	});

	it("uses the device's time zone when chosen", () => {
		const s = new Settings();
		s.setTimeZone('device');
		expect(s.timeZone).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
	});

	it('keeps the choice in memory and reports it when the browser refuses to save', () => {
		const original = Storage.prototype.setItem;
		Storage.prototype.setItem = () => {
			throw new DOMException('full', 'QuotaExceededError');
		};
		try {
			const s = new Settings();
			s.setLocale('en');
			expect(s.locale).toBe('en');
			expect(s.saveFailed).toBe(true);
		} finally {
			Storage.prototype.setItem = original;
		}
	});
});

describe('StorageStatus in a real browser', () => {
	it('reads persistence and a usage estimate from the storage manager', async () => {
		const status = new StorageStatus();
		await status.refresh();
		expect(status.loaded).toBe(true);
		expect(typeof status.persisted).toBe('boolean');
		expect(status.estimate?.quota).toBeGreaterThan(0);
		expect(status.estimate?.usage).toBeGreaterThanOrEqual(0);
	});
});
