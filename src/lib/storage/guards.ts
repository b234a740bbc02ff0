/**
 * Tiny type guards for the two stores the first screen reads (preferences, summaries). They
 * are checked by hand rather than with zod so that zod stays out of the first screen's
 * JavaScript; every other store is parsed with the domain's zod schemas.
 */

export type Guard<T> = (value: unknown) => value is T;

export const isString: Guard<string> = (v): v is string => typeof v === 'string';
export const isNumber: Guard<number> = (v): v is number =>
	typeof v === 'number' && Number.isFinite(v);
export const isBoolean: Guard<boolean> = (v): v is boolean => typeof v === 'boolean';

/** A guard for one of the given literal values. */
export function oneOf<const T extends readonly string[]>(values: T): Guard<T[number]> {
	return (v): v is T[number] => typeof v === 'string' && values.includes(v);
}

/** A guard for `null` or what `guard` accepts. */
export function nullable<T>(guard: Guard<T>): Guard<T | null> {
	return (v): v is T | null => v === null || guard(v);
}

/** A guard for `undefined` (a field left out) or what `guard` accepts. */
export function optional<T>(guard: Guard<T>): Guard<T | undefined> {
	return (v): v is T | undefined => v === undefined || guard(v);
}

/** A guard for an array whose every item passes `guard`. */
export function arrayOf<T>(guard: Guard<T>): Guard<T[]> {
	return (v): v is T[] => Array.isArray(v) && v.every(guard);
}

/** A guard for an object with (at least) the given fields; returns the fields picked. */
export function shape<T extends object>(fields: {
	[K in keyof T]: Guard<T[K]>;
}): (value: unknown) => T | undefined {
	return (value) => {
		if (typeof value !== 'object' || value === null) return undefined;
		const record = value as Record<string, unknown>;
		const out: Record<string, unknown> = {};
		for (const [key, guard] of Object.entries(fields) as [string, Guard<unknown>][]) {
			if (!guard(record[key])) return undefined;
			out[key] = record[key];
		}
		return out as T;
	};
}
