/**
 * A synthetic call in the file formats sox can write (node only): WAV as a phone's recorder
 * writes it (44.1 kHz stereo), FLAC and Ogg Vorbis. sox here cannot write MP3, AAC or Opus;
 * the browser test records WebM/Opus and MP4 with MediaRecorder instead.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encodeWav } from './wav';

export type SoxContainer = 'wav-44k-stereo' | 'flac' | 'ogg';

/** The call's PCM (mono, `sampleRate`) as the bytes of a `container` file. */
export function encodeWithSox(
	pcm: Float32Array,
	sampleRate: number,
	container: SoxContainer
): Buffer {
	const dir = mkdtempSync(join(tmpdir(), 'ks-call-'));
	try {
		const source = join(dir, 'call.wav');
		writeFileSync(source, encodeWav(pcm, sampleRate));
		const target = join(dir, container === 'wav-44k-stereo' ? 'out.wav' : `out.${container}`);
		const options = container === 'wav-44k-stereo' ? ['-r', '44100', '-c', '2'] : [];
		execFileSync('sox', [source, ...options, target]);
		return readFileSync(target);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
