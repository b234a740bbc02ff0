/**
 * Device preferences (language, time zone, whether persistent storage was asked for).
 * Kept in localStorage rather than IndexedDB because they are tiny and must be read
 * synchronously before the first paint, so the app opens in the chosen language.
 * Checked field by field on read (see guards.ts): a damaged or old value falls back to the
 * default of that field.
 */
import { isBoolean, isString, oneOf } from './guards';

const KEY = 'ks1006.preferences';

export interface Preferences {
	locale: 'ko' | 'en';
	timeZone: 'Asia/Seoul' | 'device';
	persistAsked: boolean;
	/** The evaluator's name, remembered for the next evaluation. */
	evaluatorName: string;
}

export const defaultPreferences: Preferences = {
	locale: 'ko',
	timeZone: 'Asia/Seoul',
	persistAsked: false,
	evaluatorName: ''
};

/** Reads the stored preferences; defaults where missing, unreadable or invalid. */
export function readPreferences(store: Pick<Storage, 'getItem'> | undefined): Preferences {
	try {
		const raw = store?.getItem(KEY);
		if (!raw) return { ...defaultPreferences };
		const stored: unknown = JSON.parse(raw);
		if (typeof stored !== 'object' || stored === null) return { ...defaultPreferences };
		const r = stored as Record<string, unknown>;
		const d = defaultPreferences;
		return {
			locale: oneOf(['ko', 'en'] as const)(r.locale) ? r.locale : d.locale,
			timeZone: oneOf(['Asia/Seoul', 'device'] as const)(r.timeZone) ? r.timeZone : d.timeZone,
			persistAsked: isBoolean(r.persistAsked) ? r.persistAsked : d.persistAsked,
			evaluatorName:
				isString(r.evaluatorName) && r.evaluatorName.length <= 200
					? r.evaluatorName
					: d.evaluatorName
		};
	} catch {
		return { ...defaultPreferences };
	}
}

/** Writes the preferences; returns false when the browser refuses (private mode, full disk). */
export function writePreferences(
	store: Pick<Storage, 'setItem'> | undefined,
	prefs: Preferences
): boolean {
	try {
		store?.setItem(KEY, JSON.stringify(prefs));
		return store !== undefined;
	} catch {
		return false;
	}
}
