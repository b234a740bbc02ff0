import { cleanText } from '$lib/domain/base/text';
import { bufferText } from '$lib/storage/text-buffer';
import { messageOf } from './message-of';
import { settings } from './settings.svelte';

/** Where a field's keystrokes are copied at once, so a killed tab loses nothing typed. */
export interface TextBufferTarget {
	evaluationId: string;
	/** `overallOpinion`, `scenario` or `note:<checkId>`. */
	field: string;
}

/**
 * A text field that saves while the user types (debounced) and on blur, so a note survives a
 * phone call interrupting the app. Every keystroke is also copied at once into the crash
 * buffer (when the field has one), and every pending save runs when the page is hidden or
 * left, so nothing older than the last keystroke is lost. The field owns its text while it is
 * being edited; the stored value only seeds it and is followed again once nothing is pending.
 */
export class DebouncedText {
	text = $state('');
	error = $state('');
	#pending = false;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#save: (value: string) => Promise<void>;
	#failedText: (reason: string) => string;
	#delay: number;
	#buffer: TextBufferTarget | undefined;

	constructor(opts: {
		initial: string;
		save: (value: string) => Promise<void>;
		failedText: (reason: string) => string;
		delay?: number;
		buffer?: TextBufferTarget;
	}) {
		this.text = opts.initial;
		this.#save = opts.save;
		this.#failedText = opts.failedText;
		this.#delay = opts.delay ?? 400;
		this.#buffer = opts.buffer;
		live.add(this);
		listenForPageHide();
	}

	/** True while typed text waits for its save. */
	get pending(): boolean {
		return this.#pending;
	}

	/** Takes the stored value when it changed elsewhere and nothing is being typed. */
	follow(stored: string): void {
		if (!this.#pending) this.text = stored;
	}

	/**
	 * Call on every input: copies the text to the crash buffer now, saves after a pause. Text
	 * the team server could not store (a NUL, half of a character pair cut from a paste) is
	 * cleaned here, in the field the person sees, before anything is stored.
	 */
	input(): void {
		this.text = cleanText(this.text);
		if (this.#buffer) {
			bufferText(this.#buffer.evaluationId, this.#buffer.field, this.text, Date.now());
		}
		this.#pending = true;
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => this.flush(), this.#delay);
	}

	/** Saves now if anything is pending (blur, page hidden, unmount). */
	flush(): void {
		clearTimeout(this.#timer);
		this.#timer = undefined;
		if (!this.#pending) return;
		this.#pending = false;
		this.#save(this.text).then(
			() => (this.error = ''),
			(e: unknown) => (this.error = this.#failedText(messageOf(e, settings)))
		);
	}

	/** Saves what is pending and stops taking part in page-hide flushes (unmount). */
	dispose(): void {
		this.flush();
		live.delete(this);
	}
}

// Not reactive on purpose: only flushed, never rendered.
// eslint-disable-next-line svelte/prefer-svelte-reactivity
const live = new Set<DebouncedText>();
let listening = false;

/** Saves every field's pending text now (page hidden, page left, the pen handed over). */
export function flushAllText(): void {
	for (const field of live) field.flush();
}

// A phone hides the page before it may kill it: the debounce must not outlive the page.
function listenForPageHide() {
	if (listening || typeof document === 'undefined') return;
	listening = true;
	document.addEventListener('visibilitychange', () => {
		if (document.visibilityState === 'hidden') flushAllText();
	});
	window.addEventListener('pagehide', flushAllText);
}
