import { describe, expect, it } from 'vitest';
import { defaultPreferences, readPreferences, writePreferences } from './preferences';

function memoryStore() {
	const map = new Map<string, string>();
	return {
		getItem: (k: string) => map.get(k) ?? null,
		setItem: (k: string, v: string) => void map.set(k, v),
		map
	};
}

describe('preferences', () => {
	it('defaults to Korean and Asia/Seoul when nothing is stored', () => {
		expect(readPreferences(memoryStore())).toEqual(defaultPreferences);
	});
	it('round-trips what was written', () => {
		const store = memoryStore();
		expect(
			writePreferences(store, {
				locale: 'en',
				timeZone: 'device',
				persistAsked: true,
				evaluatorName: '김평가'
			})
		).toBe(true);
		expect(readPreferences(store)).toEqual({
			locale: 'en',
			timeZone: 'device',
			persistAsked: true,
			evaluatorName: '김평가'
		});
	});
	it('falls back per field on a damaged value', () => {
		const store = memoryStore();
		store.setItem('ks1006.preferences', JSON.stringify({ locale: 'fr', timeZone: 'device' }));
		expect(readPreferences(store)).toEqual({ ...defaultPreferences, timeZone: 'device' });
	});
	it('falls back to defaults on text that is not JSON', () => {
		const store = memoryStore();
		store.setItem('ks1006.preferences', '{not json');
		expect(readPreferences(store)).toEqual(defaultPreferences);
	});
	it('reports a refused write (quota) instead of throwing', () => {
		const full = {
			setItem: () => {
				throw new DOMException('full', 'QuotaExceededError');
			}
		};
		expect(writePreferences(full, defaultPreferences)).toBe(false);
	});
});
