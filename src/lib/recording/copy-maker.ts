/**
 * Making the shared copy of a call recording on the shopper's phone (browser only): the file
 * is decoded by the browser (WebAudio: m4a/AAC, WebM/Opus, MP3, WAV, Ogg), mixed down to mono
 * at COPY_RATE through an OfflineAudioContext, the muted stretches are zeroed and the result is
 * written as the copy's WAV (domain/recording/copy.ts), named by the SHA-256 of its bytes.
 */
import { MAX_RECORDING_MS } from '$lib/domain/record/common';
import type { AudioRange } from '$lib/domain/record/evaluation';
import { applyMutes, COPY_RATE, encodeWav } from '$lib/domain/recording/copy';
import { RecordingError } from './recording-error';

/** The largest file taken as an original (an hour of 44.1 kHz 16-bit stereo WAV is ~635 MB). */
export const MAX_ORIGINAL_BYTES = 700 * 1024 * 1024;

export interface MadeCopy {
	bytes: Uint8Array<ArrayBuffer>;
	/** `sha256-<hex>` of `bytes`. */
	copyId: string;
	durationMs: number;
}

/** Hex SHA-256 of bytes. */
async function digestHex(bytes: BufferSource): Promise<string> {
	const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
	return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Hex SHA-256 of a file (the recording's `originalSha256`). */
export async function sha256Hex(blob: Blob): Promise<string> {
	return digestHex(await blob.arrayBuffer());
}

/** The content id of a copy's bytes: `sha256-<hex>`. */
export async function copyIdOf(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
	return `sha256-${await digestHex(bytes)}`;
}

/**
 * Decodes a recording to mono samples at COPY_RATE. Decoding straight into a context at
 * COPY_RATE keeps an hour of sound at ~115 MB of samples rather than a gigabyte at 48 kHz.
 */
export async function decodeToCopyRate(original: Blob): Promise<Float32Array<ArrayBuffer>> {
	let decoded: AudioBuffer;
	try {
		const decoder = new OfflineAudioContext(1, 1, COPY_RATE);
		decoded = await decoder.decodeAudioData(await original.arrayBuffer());
	} catch (error) {
		throw new RecordingError('decode', 'the browser could not decode the recording', {
			cause: error
		});
	}
	if (decoded.length === 0) throw new RecordingError('empty', 'the recording holds no sound');
	if ((decoded.length / COPY_RATE) * 1000 > MAX_RECORDING_MS) {
		throw new RecordingError('too-long', 'the recording is longer than the longest allowed');
	}
	if (decoded.numberOfChannels === 1 && decoded.sampleRate === COPY_RATE) {
		return decoded.getChannelData(0) as Float32Array<ArrayBuffer>;
	}
	// The destination has one channel: the render mixes every channel down (speakers rule).
	const frames = Math.ceil(decoded.duration * COPY_RATE);
	const mixer = new OfflineAudioContext(1, frames, COPY_RATE);
	const source = mixer.createBufferSource();
	source.buffer = decoded;
	source.connect(mixer.destination);
	source.start();
	const rendered = await mixer.startRendering();
	return rendered.getChannelData(0) as Float32Array<ArrayBuffer>;
}

/**
 * The shared copy of `original` with `mutes` silent: telephone-quality mono WAV, its id the
 * hash of its bytes. Throws a RecordingError ('decode', 'empty', 'too-long') for a file that
 * does not make one.
 */
export async function makeCopy(original: Blob, mutes: readonly AudioRange[]): Promise<MadeCopy> {
	const pcm = applyMutes(await decodeToCopyRate(original), COPY_RATE, mutes);
	const bytes = encodeWav(pcm, COPY_RATE);
	return {
		bytes,
		copyId: await copyIdOf(bytes),
		durationMs: Math.max(1, Math.round((pcm.length / COPY_RATE) * 1000))
	};
}
