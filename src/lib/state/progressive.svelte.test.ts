import { describe, expect, it } from 'vitest';
import { Progressive } from './progressive.svelte';

const frame = () => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));

describe('Progressive', () => {
	it('starts with the first part only', () => {
		const reveal = new Progressive(3);
		expect(reveal.shown).toBe(1);
		expect(reveal.has(0)).toBe(true);
		expect(reveal.has(1)).toBe(false);
		expect(reveal.complete).toBe(false);
	});

	it('shows the further parts in later tasks until every part is shown', async () => {
		const reveal = new Progressive(3);
		const seen: number[] = [];
		reveal.start();
		// Not within the same task: microtasks alone do not reveal anything.
		await Promise.resolve();
		await Promise.resolve();
		expect(reveal.shown).toBe(1);
		while (!reveal.complete) {
			seen.push(reveal.shown);
			await frame();
		}
		expect(reveal.shown).toBe(3);
		// Never backwards.
		for (let i = 1; i < seen.length; i++) expect(seen[i]!).toBeGreaterThanOrEqual(seen[i - 1]!);
	});

	it('stops revealing when stopped (the page was left)', async () => {
		const reveal = new Progressive(10);
		const stop = reveal.start();
		stop();
		for (let i = 0; i < 5; i++) await frame();
		expect(reveal.shown).toBe(1);
	});

	it('shows everything at once for printing, and only its own parts afterwards', () => {
		const reveal = new Progressive(5);
		window.dispatchEvent(new Event('beforeprint'));
		expect(reveal.complete).toBe(true);
		expect(reveal.has(4)).toBe(true);
		window.dispatchEvent(new Event('afterprint'));
		expect(reveal.has(4)).toBe(false);
	});

	it('a single part is complete from the start', () => {
		expect(new Progressive(1).complete).toBe(true);
	});
});
