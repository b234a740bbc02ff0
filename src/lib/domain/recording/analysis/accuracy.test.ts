/**
 * The analyser against synthetic calls whose truth is known (src/lib/testing/calls): every true
 * event found within ±0.1 s (keys) or ±0.3 s (everything else), nothing proposed that is not
 * true — so nothing on silence or music.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { syntheticCalls } from '$lib/testing/calls/calls';
import type { SyntheticCall } from '$lib/testing/calls/builder';
import { scoreTimeline, toleranceMs, type Scored } from '$lib/testing/calls/score';
import { proposeTimeline } from './timeline';

let results: { call: SyntheticCall; scored: Scored }[] = [];

beforeAll(() => {
	results = syntheticCalls().map((call) => ({
		call,
		scored: scoreTimeline(call.truth, proposeTimeline(call.pcm, call.sampleRate).events)
	}));
	// The figures docs/recording.md quotes: per event type, max and mean |error| and misses.
	const byType = new Map<string, number[]>();
	for (const { scored } of results)
		for (const m of scored.matched)
			byType.set(m.truth.type, [...(byType.get(m.truth.type) ?? []), Math.abs(m.errorMs)]);
	console.table(
		[...byType].map(([type, errors]) => ({
			type,
			n: errors.length,
			'max |error| ms': Math.round(Math.max(...errors)),
			'mean |error| ms': Math.round(errors.reduce((a, b) => a + b, 0) / errors.length)
		}))
	);
}, 120_000);

describe('the analyser on synthetic calls', () => {
	it('has at least 20 calls, among them silence only, music only and ringing only', () => {
		expect(results.length).toBeGreaterThanOrEqual(20);
		const empty = results.filter((r) => r.call.truth.length === 0).map((r) => r.call.name);
		expect(empty).toEqual(expect.arrayContaining(['silence only', 'hold music only']));
	});

	it('finds every true event within its tolerance', () => {
		const late = results.flatMap(({ call, scored }) => [
			...scored.missed.map(
				(t) => `${call.name}: ${t.type}${t.key ?? ''} at ${Math.round(t.atMs)} ms missed`
			),
			...scored.matched
				.filter((m) => Math.abs(m.errorMs) > toleranceMs(m.truth))
				.map(
					(m) =>
						`${call.name}: ${m.truth.type}${m.truth.key ?? ''} off by ${Math.round(m.errorMs)} ms`
				)
		]);
		expect(late).toEqual([]);
	});

	it('proposes nothing that is not true (no event on silence or music)', () => {
		const spurious = results.flatMap(({ call, scored }) =>
			scored.spurious.map((e) => `${call.name}: ${e.type}${e.key ?? ''} at ${e.atMs} ms`)
		);
		expect(spurious).toEqual([]);
	});

	it('labels hold music as music, never as speech', () => {
		const music = results.find((r) => r.call.name === 'hold music only')!.call;
		const segments = proposeTimeline(music.pcm, music.sampleRate).segments;
		expect(segments.some((s) => s.kind === 'music')).toBe(true);
		expect(segments.filter((s) => s.kind === 'speech')).toEqual([]);
	});
});
