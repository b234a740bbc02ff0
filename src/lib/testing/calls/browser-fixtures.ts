/**
 * Global setup of the browser test project: builds one short synthetic call in node (espeak-ng
 * and sox are not in the browser) and provides it to the browser tests in each container sox
 * can write, with its truth.
 */
import type { TestProject } from 'vitest/node';
import { mulberry32 } from '../prng';
import { CallBuilder, voices, type TruthEvent } from './builder';
import { encodeWithSox } from './containers';
import { encodeWav } from './wav';

export interface RecordingFiles {
	/** Base64 of each file, by container name. */
	files: Record<string, string>;
	truth: TruthEvent[];
}

declare module 'vitest' {
	export interface ProvidedContext {
		recordingFiles: RecordingFiles;
	}
}

/** A short IVR call: ringing, greeting, one key, hold music, the agent. */
export function shortCall() {
	const b = new CallBuilder(mulberry32(99));
	b.silence(500);
	const r = b.ringback(2, 800);
	b.truth('dial', r.startMs);
	const g = b.speak('안녕하십니까, 고객센터입니다', voices.ivr);
	b.truth('greeting-start', g.startMs).truth('greeting-end', g.endMs);
	b.silence(1200);
	const k = b.key('0', 150);
	b.truth('agent-request', k.startMs, '0');
	b.silence(600);
	const m = b.music(4, 'sine');
	b.truth('hold', m.startMs);
	b.silence(500);
	const a = b.speak('네 고객님, 상담원입니다', voices.agent);
	b.truth('agent-answer', a.startMs).truth('call-end', a.endMs);
	b.silence(700);
	return b.build('short call for the decoders');
}

export default function setup(project: TestProject) {
	const call = shortCall();
	const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
	project.provide('recordingFiles', {
		files: {
			wav: b64(encodeWav(call.pcm, call.sampleRate)),
			'wav-44k-stereo': b64(encodeWithSox(call.pcm, call.sampleRate, 'wav-44k-stereo')),
			flac: b64(encodeWithSox(call.pcm, call.sampleRate, 'flac')),
			ogg: b64(encodeWithSox(call.pcm, call.sampleRate, 'ogg'))
		},
		truth: call.truth
	});
}
