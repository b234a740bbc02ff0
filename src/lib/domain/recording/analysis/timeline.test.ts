import { describe, expect, it } from 'vitest';
import { peaksOf, proposeEvents, proposeTimeline, speechRuns } from './timeline';
import type { AudioSegment } from './types';
import type { DetectedKey } from './dtmf';

const seg = (kind: AudioSegment['kind'], startMs: number, endMs: number): AudioSegment => ({
	kind,
	startMs,
	endMs
});
const key = (k: DetectedKey['key'], startMs: number): DetectedKey => ({
	key: k,
	startMs,
	endMs: startMs + 100
});
const brief = (events: ReturnType<typeof proposeEvents>) =>
	events.map((e) => `${e.type}${e.key ?? ''}@${e.atMs}`);

describe('proposeEvents (the rules)', () => {
	it('joins speech across pauses under 0.7 s, not across longer ones', () => {
		expect(
			speechRuns([
				seg('speech', 0, 1000),
				seg('silence', 1000, 1600),
				seg('speech', 1600, 2000),
				seg('silence', 2000, 2800),
				seg('speech', 2800, 3000)
			])
		).toEqual([
			{ startMs: 0, endMs: 2000 },
			{ startMs: 2800, endMs: 3000 }
		]);
	});

	it('an IVR call: dial, greeting, menu key, agent request, hold, agent, end', () => {
		const segments = [
			seg('ringback', 0, 1000),
			seg('speech', 2000, 4000),
			seg('speech', 6000, 8000),
			seg('tone', 9000, 9100),
			seg('speech', 10000, 12000),
			seg('tone', 13000, 13100),
			seg('music', 14000, 24000),
			seg('speech', 24500, 30000)
		];
		const events = proposeEvents(
			segments,
			[key('2', 9000), key('0', 13000)],
			[{ startMs: 0, endMs: 1000 }]
		);
		expect(brief(events)).toEqual([
			'dial@0',
			'greeting-start@2000',
			'greeting-end@4000',
			'menu2@9000',
			'agent-request0@13000',
			'hold@14000',
			'agent-answer@24500',
			'call-end@30000'
		]);
		expect(events.every((e) => e.confidence > 0 && e.confidence <= 1)).toBe(true);
	});

	it('without hold music the agent is the first speech after 2 s of quiet from the last key', () => {
		const segments = [
			seg('speech', 0, 2000),
			seg('tone', 3000, 3100),
			seg('speech', 3500, 4500),
			seg('speech', 8000, 9000)
		];
		expect(brief(proposeEvents(segments, [key('0', 3000)], []))).toEqual([
			'greeting-start@0',
			'greeting-end@2000',
			'agent-request0@3000',
			'agent-answer@8000',
			'call-end@9000'
		]);
	});

	it('ends the greeting at the first key when the shopper presses during it', () => {
		const events = proposeEvents(
			[seg('speech', 0, 5000), seg('tone', 3000, 3100)],
			[key('1', 3000)],
			[]
		);
		expect(brief(events)).toContain('greeting-end@3000');
	});

	it('proposes nothing for music alone or silence alone', () => {
		expect(proposeEvents([seg('music', 0, 30000)], [], [])).toEqual([]);
		expect(proposeEvents([seg('silence', 0, 30000)], [], [])).toEqual([]);
		expect(proposeTimeline(new Float32Array(16000 * 5), 16000).events).toEqual([]);
	});

	it('a call nobody answers: dial and the end of the last burst', () => {
		const rings = [0, 3000, 6000].map((s) => ({ startMs: s, endMs: s + 1000 }));
		const events = proposeEvents(
			rings.map((r) => seg('ringback', r.startMs, r.endMs)),
			[],
			rings
		);
		expect(brief(events)).toEqual(['dial@0', 'call-end@7000']);
	});
});

describe('proposeTimeline', () => {
	it('gives one peak per 20 ms, the largest |sample| in it, and the duration', () => {
		const pcm = new Float32Array(16000);
		pcm[100] = -0.5;
		pcm[400] = 0.25;
		const timeline = proposeTimeline(pcm, 16000);
		expect(timeline.durationMs).toBe(1000);
		expect(timeline.peaks).toHaveLength(50);
		expect(timeline.peaks.slice(0, 3)).toEqual([0.5, 0.25, 0]);
		expect(timeline.detector).toMatch(/goertzel/);
		expect(peaksOf(Float32Array.of(2), 16000)).toEqual([1]);
	});
});
