/**
 * One team form's progress (joining, signing in, setting a password): whether a request is
 * under way, what it answered, why it failed, and whether this browser offers passkeys.
 */
import { browserSupportsWebAuthn } from '@simplewebauthn/browser';

export class TeamForm {
	#busy = $state(false);
	#notice = $state('');
	#failure = $state('');
	#passkeys = $state(true);

	get busy(): boolean {
		return this.#busy;
	}
	/** What the last request achieved, in words. */
	get notice(): string {
		return this.#notice;
	}
	/** Why the last request failed, in words. */
	get failure(): string {
		return this.#failure;
	}
	/** Whether this browser offers passkeys (true until `checkPasskeys` has run). */
	get passkeys(): boolean {
		return this.#passkeys;
	}

	/** Asks the browser whether it offers passkeys (on mount: not during server rendering). */
	checkPasskeys(): boolean {
		this.#passkeys = browserSupportsWebAuthn();
		return this.#passkeys;
	}

	/** Forgets the last answer (the form shows something else now). */
	clear(): void {
		this.#notice = '';
		this.#failure = '';
	}

	/** A failure found before any request (a rule of the form). */
	refuse(text: string): void {
		this.#notice = '';
		this.#failure = text;
	}

	/**
	 * Runs a request: busy meanwhile, its answer (a sentence, if any) as the notice, a failure
	 * as `explain` words it. Resolves true when it succeeded.
	 */
	async run(work: () => Promise<string | void>, explain: (error: unknown) => string) {
		this.#failure = '';
		this.#notice = '';
		this.#busy = true;
		try {
			this.#notice = (await work()) ?? '';
			return true;
		} catch (error) {
			this.#failure = explain(error);
			return false;
		} finally {
			this.#busy = false;
		}
	}
}
