/**
 * The proposed IVR timeline of a call recording. The rules, in the order they are applied:
 *
 * - dial: the start of the first ringback burst (the phone started ringing).
 * - greeting-start: the first speech after the first ringback burst, or the first speech at all
 *   when the recording has no ringback (the call was answered).
 * - greeting-end: the end of that first speech run (pauses under 0.7 s do not end a run), or the
 *   first key or hold music if one comes first.
 * - hold: the start of hold music (music of at least 2 s; music parts less than 8 s apart are
 *   one hold, announcements inside it included) that follows a key.
 * - agent-answer: the first speech from the end of the first hold; with no hold music, the first
 *   speech after the last key that follows at least 2 s without speech or key.
 * - agent-request: the last key before the hold, or before the agent's answer (with its key;
 *   the shopper confirms it); menu: every other key (with its key).
 * - call-end: the end of the last sound, when anything else was proposed.
 *
 * Silence proposes nothing, and neither does music that follows no key.
 */
import { RINGBACK, TONE, classifyFrames, segmentsOf } from './activity';
import { DTMF_FREQUENCIES, dtmfFromShares, type DetectedKey } from './dtmf';
import { FRAME_MS, frameFeatures } from './features';
import { toneShares } from './goertzel';
import { RINGBACK_FREQUENCIES, ringbackFromShares, type RingbackBurst } from './ringback';
import { PEAK_MS, type AudioSegment, type AudioTimeline, type ProposedEvent } from './types';

/** Stored with every proposed timeline: which detector made it. */
export const DETECTOR = 'flux-vad 1 + goertzel 1';

/** Pauses shorter than this stay inside one run of speech. */
export const SPEECH_RUN_GAP_MS = 700;
export const MIN_HOLD_MS = 2000;
export const HOLD_MERGE_GAP_MS = 8000;
/** Without hold music, the agent is the first speech after this long a quiet after the last key. */
export const AGENT_QUIET_MS = 2000;

interface Span {
	startMs: number;
	endMs: number;
}

/** Runs of speech: speech segments with only short silences between them. */
export function speechRuns(segments: readonly AudioSegment[]): Span[] {
	const runs: Span[] = [];
	let last: AudioSegment | undefined;
	for (const s of segments) {
		if (s.kind === 'speech') {
			const run = runs.at(-1);
			if (run && last?.kind === 'speech' && s.startMs - run.endMs < SPEECH_RUN_GAP_MS)
				run.endMs = s.endMs;
			else runs.push({ startMs: s.startMs, endMs: s.endMs });
			last = s;
		} else if (s.kind !== 'silence' && !(s.kind === 'music' && s.endMs - s.startMs < 500)) last = s;
	}
	return runs;
}

/** Holds: music parts less than HOLD_MERGE_GAP_MS apart with no key between, at least MIN_HOLD_MS. */
function holdsOf(segments: readonly AudioSegment[], keys: readonly DetectedKey[]): Span[] {
	const holds: Span[] = [];
	for (const s of segments) {
		if (s.kind !== 'music') continue;
		const h = holds.at(-1);
		const keyBetween = h && keys.some((k) => k.startMs >= h.endMs && k.startMs < s.startMs);
		if (h && !keyBetween && s.startMs - h.endMs < HOLD_MERGE_GAP_MS) h.endMs = s.endMs;
		else holds.push({ startMs: s.startMs, endMs: s.endMs });
	}
	return holds.filter((h) => h.endMs - h.startMs >= MIN_HOLD_MS);
}

/** The events the rules above propose from the detected parts of a call. */
export function proposeEvents(
	segments: readonly AudioSegment[],
	keys: readonly DetectedKey[],
	rings: readonly RingbackBurst[]
): ProposedEvent[] {
	const events: ProposedEvent[] = [];
	const runs = speechRuns(segments);
	const firstRing = rings[0];
	if (firstRing)
		events.push({
			type: 'dial',
			atMs: firstRing.startMs,
			confidence: rings.length > 1 ? 0.9 : 0.7
		});

	const greeting = runs.find((r) => r.startMs >= (firstRing?.endMs ?? 0));
	const firstKey = keys[0];
	const holds = holdsOf(segments, keys).filter((h) => firstKey && h.startMs > firstKey.startMs);
	if (greeting) {
		events.push({ type: 'greeting-start', atMs: greeting.startMs, confidence: 0.8 });
		const interrupt = Math.min(
			...keys.filter((k) => k.startMs > greeting.startMs).map((k) => k.startMs),
			...holds.map((h) => h.startMs)
		);
		events.push({
			type: 'greeting-end',
			atMs: Math.min(greeting.endMs, interrupt),
			confidence: 0.7
		});
	}

	const hold = holds[0];
	let answer: Span | undefined;
	if (hold) answer = runs.find((r) => r.startMs >= hold.endMs - 500);
	else {
		const lastKey = keys.at(-1);
		if (lastKey) {
			let quietFrom = lastKey.endMs;
			for (const r of runs) {
				if (r.startMs < lastKey.endMs) continue;
				if (r.startMs - quietFrom >= AGENT_QUIET_MS) {
					answer = r;
					break;
				}
				quietFrom = r.endMs;
			}
		}
	}
	const anchor = hold?.startMs ?? answer?.startMs;
	const request = anchor === undefined ? undefined : keys.findLast((k) => k.startMs < anchor);
	for (const k of keys) {
		const type = k === request ? 'agent-request' : 'menu';
		events.push({ type, atMs: k.startMs, key: k.key, confidence: type === 'menu' ? 0.9 : 0.6 });
	}
	for (const h of holds) events.push({ type: 'hold', atMs: h.startMs, confidence: 0.7 });
	if (answer)
		events.push({ type: 'agent-answer', atMs: answer.startMs, confidence: hold ? 0.8 : 0.6 });

	const lastSound = segments.findLast((s) => s.kind !== 'silence');
	if (events.length > 0 && lastSound)
		events.push({ type: 'call-end', atMs: lastSound.endMs, confidence: 0.8 });
	return events.sort((a, b) => a.atMs - b.atMs);
}

/** The waveform envelope: peak |amplitude| (0..1) of every PEAK_MS window. */
export function peaksOf(pcm: Float32Array, sampleRate: number): number[] {
	const width = Math.round((sampleRate * PEAK_MS) / 1000);
	const peaks: number[] = [];
	for (let s = 0; s < pcm.length; s += width) {
		let p = 0;
		for (let i = s; i < Math.min(pcm.length, s + width); i++) p = Math.max(p, Math.abs(pcm[i]!));
		peaks.push(Math.min(1, Math.round(p * 1000) / 1000));
	}
	return peaks;
}

/**
 * Measures a call recording (mono PCM) into segments, proposed IVR events and a waveform;
 * `onProgress` hears the fraction done after each stage.
 */
export function proposeTimeline(
	pcm: Float32Array,
	sampleRate: number,
	onProgress?: (fraction: number) => void
): AudioTimeline {
	const tones = toneShares(pcm, sampleRate, [...DTMF_FREQUENCIES, ...RINGBACK_FREQUENCIES]);
	onProgress?.(0.4);
	const keys = dtmfFromShares(tones.shares.slice(0, 8), tones.power);
	const rings = ringbackFromShares(tones.shares[8]!, tones.shares[9]!, tones.power);
	const frames = frameFeatures(pcm, sampleRate);
	onProgress?.(0.9);
	const toneFrames = new Uint8Array(frames.levelDb.length);
	const mark = (spans: readonly Span[], kind: number) => {
		for (const s of spans) {
			const from = Math.max(0, Math.floor(s.startMs / FRAME_MS) - 1);
			toneFrames.fill(kind, from, Math.min(toneFrames.length, Math.ceil(s.endMs / FRAME_MS) + 2));
		}
	};
	mark(rings, RINGBACK);
	mark(keys, TONE);
	const segments = segmentsOf(classifyFrames(frames, toneFrames));
	return {
		durationMs: Math.round((pcm.length * 1000) / sampleRate),
		detector: DETECTOR,
		events: proposeEvents(segments, keys, rings),
		segments,
		peaks: peaksOf(pcm, sampleRate)
	};
}
