/**
 * Whether the page is being printed, from `beforeprint` to `afterprint`. Parts of a report
 * that appear later or on demand (chart tables) read it so that a printout is always whole,
 * including parts that mount while the print is being prepared.
 */
class Printing {
	#active = $state(false);

	constructor() {
		if (typeof window === 'undefined') return;
		window.addEventListener('beforeprint', () => (this.#active = true));
		window.addEventListener('afterprint', () => (this.#active = false));
	}

	get active() {
		return this.#active;
	}
}

export const printing = new Printing();
