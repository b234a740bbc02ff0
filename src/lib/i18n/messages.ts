/**
 * The message catalogue's shape. Korean is the source language; every other language must
 * provide the same keys with the same function signatures, which the compiler checks.
 */
export type Locale = 'ko' | 'en';

export const locales: readonly Locale[] = ['ko', 'en'];

/** Turns the literal types of the Korean catalogue into the shape every language must fill. */
export type Widen<T> = T extends string
	? string
	: T extends (...args: infer A) => string
		? (...args: A) => string
		: { [K in keyof T]: Widen<T[K]> };
