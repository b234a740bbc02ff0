/**
 * Device preferences (language, time zone, whether persistent storage was asked for).
 * Kept in localStorage rather than IndexedDB because they are tiny and must be read
 * synchronously before the first paint, so the app opens in the chosen language.
 * Parsed with zod (the tree-shakable `zod/mini`, as it loads with the first screen) on read:
 * a damaged or old value falls back to the defaults.
 */
import * as z from 'zod/mini';

const KEY = 'ks1006.preferences';

export const preferencesSchema = z.object({
	locale: z.catch(z.enum(['ko', 'en']), 'ko'),
	timeZone: z.catch(z.enum(['Asia/Seoul', 'device']), 'Asia/Seoul'),
	persistAsked: z.catch(z.boolean(), false),
	/** The evaluator's name, remembered for the next evaluation. */
	evaluatorName: z.catch(z.string().check(z.maxLength(200)), '')
});

export type Preferences = z.infer<typeof preferencesSchema>;

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
		const parsed = preferencesSchema.safeParse({ ...defaultPreferences, ...JSON.parse(raw) });
		return parsed.success ? parsed.data : { ...defaultPreferences };
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
