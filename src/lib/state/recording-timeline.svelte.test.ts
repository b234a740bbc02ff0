import { describe, expect, it } from 'vitest';
import { addRecording, countedIvrEvents } from '$lib/domain/editing';
import type { Evaluation, Recording } from '$lib/domain/record';
import { buildEvaluation, buildIvrEvents, ctxAt, T0 } from '$lib/testing/builders';
import { RecordingTimeline } from './recording-timeline.svelte';

const RECORDING: Recording = {
	id: 'r-1',
	copyId: `sha256-${'c'.repeat(64)}`,
	originalSha256: 'c'.repeat(64),
	name: 'call.wav',
	mimeType: 'audio/wav',
	durationMs: 60_000,
	via: 'file',
	addedAt: T0,
	mutes: []
};

/** A draft phone evaluation with the recording attached and the given stopwatch taps. */
function withRecording(taps: Evaluation['ivr']['events'] = []): Evaluation {
	const e = buildEvaluation({ status: 'draft', ivr: { startedAt: taps[0]?.at, events: taps } });
	return addRecording(e, RECORDING, ctxAt());
}

const proposal = {
	detector: 'test 1',
	events: [
		{ type: 'greeting-start' as const, atMs: 2_000, confidence: 0.9 },
		{ type: 'dial' as const, atMs: 0, confidence: 0.8 },
		{ type: 'greeting-end' as const, atMs: 9_000, confidence: 0.7 },
		{ type: 'menu' as const, key: '1' as const, atMs: 11_000, confidence: 0.95 },
		{ type: 'agent-answer' as const, atMs: 30_000, confidence: 0.6 }
	]
};

describe('editing the timeline measured from a recording', () => {
	it('lists proposals in call order, none confirmed until the shopper confirms', () => {
		const timeline = new RecordingTimeline(RECORDING);
		timeline.propose(proposal);
		expect(timeline.events.map((x) => x.type)).toEqual([
			'dial',
			'greeting-start',
			'greeting-end',
			'menu',
			'agent-answer'
		]);
		expect(timeline.confirmed).toEqual([]);
		expect(timeline.detector).toBe('test 1');
	});

	it('confirm, move (steps, to a point, clamped), remove and add → exactly the confirmed events commit at anchor + offset', () => {
		const timeline = new RecordingTimeline(RECORDING);
		timeline.propose(proposal);
		const id = (type: string) => timeline.events.find((x) => x.type === type)!.id;
		timeline.confirm(id('dial'));
		timeline.confirm(id('greeting-start'));
		timeline.moveBy(id('greeting-start'), 100); // 2.1 s
		timeline.moveBy(id('greeting-start'), -1000); // 1.1 s
		timeline.confirm(id('greeting-end'));
		timeline.moveTo(id('greeting-end'), 8_500);
		timeline.remove(id('menu'));
		timeline.add('agent-request', 12_000);
		timeline.add('menu', 10_000, '2');
		// An event moved past the end stays at the end; one left unconfirmed is not committed.
		timeline.moveTo(id('agent-answer'), 90_000);
		expect(timeline.events.find((x) => x.type === 'agent-answer')!.atMs).toBe(60_000);
		expect(timeline.confirmed).toEqual([
			{ type: 'dial', atMs: 0 },
			{ type: 'greeting-start', atMs: 1_100 },
			{ type: 'greeting-end', atMs: 8_500 },
			{ type: 'menu', key: '2', atMs: 10_000 },
			{ type: 'agent-request', atMs: 12_000 }
		]);

		const start = T0 + 60_000;
		const e = withRecording();
		const next = timeline.commitAt(start)(e, ctxAt(T0 + 120_000));
		const audio = next.ivr.events.filter((x) => x.source === 'audio');
		expect(audio.map((x) => [x.type, x.key, x.at - start, x.recordingMs])).toEqual([
			['dial', undefined, 0, 0],
			['greeting-start', undefined, 1_100, 1_100],
			['greeting-end', undefined, 8_500, 8_500],
			['menu', '2', 10_000, 10_000],
			['agent-request', undefined, 12_000, 12_000]
		]);
		expect(audio.every((x) => x.recordingId === 'r-1')).toBe(true);
		// Each is logged with "from audio" as its source.
		const logged = next.changeLog.slice(e.changeLog.length);
		expect(logged).toHaveLength(5);
		expect(logged.every((x) => x.field === 'ivr' && x.reason === 'from audio')).toBe(true);
	});

	it('the anchor comes from the stopwatch taps when they pair with the confirmed events', () => {
		// Taps: dial at T0, greeting start 2.5 s later (the thumb 0.5 s late), end at 9 s.
		const taps = buildIvrEvents([
			['dial', 0],
			['greeting-start', 2.5],
			['greeting-end', 9]
		]);
		const timeline = new RecordingTimeline({ ...RECORDING, startedAt: T0 - 99_000 });
		timeline.add('dial', 1_000);
		timeline.add('greeting-start', 3_000);
		timeline.add('greeting-end', 10_000);
		// Differences tap − audio: −1000, −500, −1000 → median −1000.
		expect(timeline.anchor(taps)).toEqual({ at: T0 - 1_000, by: 'stopwatch' });
		// Without taps: the recording's own start; without that either, unknown (asked for).
		expect(timeline.anchor([])).toEqual({ at: T0 - 99_000, by: 'recording' });
		expect(new RecordingTimeline(RECORDING).anchor([])).toBeUndefined();
	});

	it('committing again replaces the events the recording gave before; the taps stay', () => {
		const taps = buildIvrEvents([
			['dial', 0],
			['agent-answer', 20]
		]);
		const timeline = new RecordingTimeline(RECORDING);
		timeline.add('dial', 0);
		timeline.add('agent-answer', 15_000);
		const once = timeline.commitAt(T0)(withRecording(taps), ctxAt(T0 + 60_000));
		// Opened again, the timeline starts from what the record holds, all confirmed.
		const again = new RecordingTimeline(RECORDING, once.ivr.events);
		expect(again.confirmed).toEqual([
			{ type: 'dial', atMs: 0 },
			{ type: 'agent-answer', atMs: 15_000 }
		]);
		again.moveTo(again.events[1]!.id, 18_000);
		const twice = again.commitAt(T0)(once, ctxAt(T0 + 90_000));
		expect(twice.ivr.events.filter((x) => x.source !== 'audio')).toEqual(taps);
		const audio = twice.ivr.events.filter((x) => x.source === 'audio');
		expect(audio.map((x) => [x.type, x.at - T0])).toEqual([
			['dial', 0],
			['agent-answer', 18_000]
		]);
		// The figures count the audio once any is confirmed.
		expect(countedIvrEvents(twice.ivr.events).map((x) => x.at - T0)).toEqual([0, 18_000]);
		const redo = twice.changeLog.at(-3)!;
		expect(redo).toMatchObject({ field: 'ivr', old: ['dial', 'agent-answer'], new: null });
	});
});
