/** A small seeded PRNG (mulberry32) so synthetic data is the same on every run. */
export type Rng = () => number;

/** Returns a generator of floats in [0, 1) fully determined by `seed`. */
export function mulberry32(seed: number): Rng {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
	};
}

/** A random element of a non-empty list. */
export function pick<T>(rng: Rng, items: readonly T[]): T {
	const item = items[Math.floor(rng() * items.length)];
	if (item === undefined) throw new Error('pick from an empty list');
	return item;
}

/** A deterministic, valid v4-shaped UUID for test record number `n`. */
export function testUuid(n: number, prefix = 0): string {
	const hex = (v: number, len: number) => v.toString(16).padStart(len, '0').slice(-len);
	return `${hex(prefix, 8)}-0000-4000-8000-${hex(n, 12)}`;
}
