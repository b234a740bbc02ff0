/**
 * A text field that saves while the user types (debounced) and on blur, so a note survives a
 * phone call interrupting the app. The field owns its text while it is being edited; the
 * stored value only seeds it and is followed again once nothing is pending.
 */
export class DebouncedText {
	text = $state('');
	error = $state('');
	#pending = false;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#save: (value: string) => Promise<void>;
	#failedText: (reason: string) => string;
	#delay: number;

	constructor(opts: {
		initial: string;
		save: (value: string) => Promise<void>;
		failedText: (reason: string) => string;
		delay?: number;
	}) {
		this.text = opts.initial;
		this.#save = opts.save;
		this.#failedText = opts.failedText;
		this.#delay = opts.delay ?? 400;
	}

	/** Takes the stored value when it changed elsewhere and nothing is being typed. */
	follow(stored: string): void {
		if (!this.#pending) this.text = stored;
	}

	/** Call on every input: saves after a pause in typing. */
	input(): void {
		this.#pending = true;
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => this.flush(), this.#delay);
	}

	/** Saves now if anything is pending (blur, unmount). */
	flush(): void {
		clearTimeout(this.#timer);
		this.#timer = undefined;
		if (!this.#pending) return;
		this.#pending = false;
		this.#save(this.text).then(
			() => (this.error = ''),
			(e: unknown) => (this.error = this.#failedText(e instanceof Error ? e.message : String(e)))
		);
	}
}
