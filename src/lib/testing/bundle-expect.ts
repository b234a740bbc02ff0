/**
 * Assertions shared by the bundle parser's tests (Vitest only; the builders beside it in
 * bundles.ts are read by the Playwright specs too).
 */
import { expect } from 'vitest';
import { parseBundle } from '../domain/exchange/parse-bundle';
import { namesProblem, type BadCase, type BundleDoc } from './bundles';

type Json = Record<string, unknown>;

/** The first evaluation, its answers and the first campaign's template of a bundle's JSON. */
export const ev0 = (d: BundleDoc) => d.evaluations[0]!;
export const answers0 = (d: BundleDoc) => ev0(d).answers as Json;
export const template0 = (d: BundleDoc) => d.campaigns[0]!.template as Json;

/** Every case: rejected, every error has a path and a message, one names the problem. */
export function expectRejected(c: BadCase): void {
	const res = parseBundle(c.text);
	expect(res.ok).toBe(false);
	if (res.ok) return;
	expect(res.errors.length).toBeGreaterThan(0);
	for (const e of res.errors) expect(e.path.length * e.message.length).toBeGreaterThan(0);
	const lines = res.errors.map((e) => `${e.path}: ${e.message}`).join('\n');
	expect(namesProblem(res.errors, c), lines).toBe(true);
	expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}
