/**
 * One value per page made on first use and kept (the device id, the device key): nothing is
 * stored here. A failed attempt is not kept, so the next use tries again.
 */
export interface Memo<T> {
	/** The value, made on first use. */
	get(): Promise<T>;
	/** Forgets it (after the database was erased): the next use makes or reads it again. */
	forget(): void;
}

/** Keeps the first successful answer of `make`. */
export function memo<T>(make: () => Promise<T>): Memo<T> {
	let pending: Promise<T> | undefined;
	return {
		get() {
			pending ??= make().catch((error: unknown) => {
				pending = undefined;
				throw error;
			});
			return pending;
		},
		forget() {
			pending = undefined;
		}
	};
}
