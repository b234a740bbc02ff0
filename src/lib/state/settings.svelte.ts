import {
	korean,
	loadCatalogue,
	loadReportCatalogue,
	loadScreenCatalogue,
	type BaseMessages,
	type Locale,
	type Messages,
	type ReportMessages,
	type ScreenMessages
} from '$lib/i18n';
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
	#messages = $state.raw<BaseMessages>(korean);
	#messagesLocale = $state<Locale>('ko');
	#screens = $state.raw<ScreenMessages | null>(null);
	#screensLocale: Locale | null = null;
	#wantScreens = false;
	#reports = $state.raw<ReportMessages | null>(null);
	#reportsLocale: Locale | null = null;
	#wantReports = false;
	// The other screens' and the report screens' messages join once loaded (see loadScreens and
	// loadReports); before that only the base catalogue exists, which is all the first screen uses.
	#t = $derived({ ...this.#messages, ...this.#screens, ...this.#reports } as Messages);

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
		return this.#t;
	}

	/**
	 * Loads the messages of the screens other than the first in the current language (the root
	 * layout awaits it before any of them renders).
	 */
	async loadScreens(): Promise<void> {
		this.#wantScreens = true;
		await this.#loading;
		const locale = this.#messagesLocale;
		if (this.#screens && this.#screensLocale === locale) return;
		const screens = await loadScreenCatalogue(locale);
		this.#screens = screens;
		this.#screensLocale = locale;
	}

	/** Loads the report screens' messages in the current language (their layout awaits it). */
	async loadReports(): Promise<void> {
		this.#wantReports = true;
		// The report screens link to and quote the other screens (campaigns, settings).
		await this.loadScreens();
		const locale = this.#messagesLocale;
		if (this.#reports && this.#reportsLocale === locale) return;
		const reports = await loadReportCatalogue(locale);
		this.#reports = reports;
		this.#reportsLocale = locale;
	}

	/** Resolves once the current language's messages are shown (English loads on demand). */
	get ready(): Promise<void> {
		return this.#loading;
	}

	#loading: Promise<void> = Promise.resolve();

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
		const locale = this.#prefs.locale;
		if (this.#messagesLocale === locale) {
			this.#setDocumentLang(locale);
			return;
		}
		this.#loading = Promise.all([
			loadCatalogue(locale),
			this.#wantScreens ? loadScreenCatalogue(locale) : null,
			this.#wantReports ? loadReportCatalogue(locale) : null
		]).then(
			([messages, screens, reports]) => {
				// A later choice may have won meanwhile.
				if (this.#prefs.locale !== locale) return;
				this.#messages = messages;
				this.#messagesLocale = locale;
				if (screens) {
					this.#screens = screens;
					this.#screensLocale = locale;
				}
				if (reports) {
					this.#reports = reports;
					this.#reportsLocale = locale;
				}
				this.#setDocumentLang(locale);
			},
			() => {
				// The chunk could not load (offline before it was cached): stay in Korean.
				this.#prefs = { ...this.#prefs, locale: this.#messagesLocale };
			}
		);
	}

	#setDocumentLang(locale: Locale): void {
		if (typeof document !== 'undefined') document.documentElement.lang = locale;
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
