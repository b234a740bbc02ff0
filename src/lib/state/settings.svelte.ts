import { catalogues, type Locale, type Messages } from '$lib/i18n';
import { DEFAULT_TIME_ZONE } from '$lib/i18n/format';
import {
	defaultPreferences,
	readPreferences,
	writePreferences,
	type Preferences
} from '$lib/storage/preferences';

function browserStorage(): Storage | undefined {
	try {
		return typeof localStorage === 'undefined' ? undefined : localStorage;
	} catch {
		return undefined;
	}
}

/** App-wide settings: language and time zone, remembered on the device. */
export class Settings {
	#prefs = $state<Preferences>({ ...defaultPreferences });
	#saveFailed = $state(false);

	/** Loads the stored preferences; call once in the browser before the first render. */
	load(): void {
		this.#prefs = readPreferences(browserStorage());
		this.#applyLang();
	}

	get locale(): Locale {
		return this.#prefs.locale;
	}

	/** The messages of the current language. */
	get t(): Messages {
		return catalogues[this.#prefs.locale];
	}

	get timeZoneChoice(): Preferences['timeZone'] {
		return this.#prefs.timeZone;
	}

	/** The IANA time zone dates are shown in. */
	get timeZone(): string {
		return this.#prefs.timeZone === 'device' ? deviceTimeZone() : DEFAULT_TIME_ZONE;
	}

	get persistAsked(): boolean {
		return this.#prefs.persistAsked;
	}

	/** True when the last change could not be saved (the choice still applies until reload). */
	get saveFailed(): boolean {
		return this.#saveFailed;
	}

	setLocale(locale: Locale): void {
		this.#update({ locale });
		this.#applyLang();
	}

	setTimeZone(timeZone: Preferences['timeZone']): void {
		this.#update({ timeZone });
	}

	/** The evaluator name last used on this device. */
	get evaluatorName(): string {
		return this.#prefs.evaluatorName;
	}

	setEvaluatorName(name: string): void {
		this.#update({ evaluatorName: name.trim() });
	}

	markPersistAsked(): void {
		this.#update({ persistAsked: true });
	}

	#update(change: Partial<Preferences>): void {
		this.#prefs = { ...this.#prefs, ...change };
		this.#saveFailed = !writePreferences(browserStorage(), this.#prefs);
	}

	#applyLang(): void {
		if (typeof document !== 'undefined') document.documentElement.lang = this.#prefs.locale;
	}
}

/** The device's own time zone, or Seoul when the runtime does not say. */
export function deviceTimeZone(): string {
	try {
		return Intl.DateTimeFormat().resolvedOptions().timeZone || DEFAULT_TIME_ZONE;
	} catch {
		return DEFAULT_TIME_ZONE;
	}
}

export const settings = new Settings();
