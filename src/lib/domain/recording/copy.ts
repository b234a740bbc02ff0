/**
 * The shared copy of a call recording: what every reader but the shopper hears. It is plain
 * PCM WAV (16-bit, mono, 8 kHz: telephone quality, which is what a call carries), so that any
 * browser plays it, the team server can cut a stretch of it for a dispute without a codec, and
 * muting a stretch is writing zeros. Pure: used by the phone to make the copy and by the server
 * to cut clips.
 */
import type { AudioRange } from '../record/evaluation';
import { MAX_RECORDING_MS } from '../record/common';

export const COPY_RATE = 8000;
export const COPY_MIME = 'audio/wav';
const BYTES_PER_SAMPLE = 2;
export const WAV_HEADER_BYTES = 44;

/** Bytes of a copy of `ms` milliseconds. */
export function copyBytes(ms: number): number {
	return WAV_HEADER_BYTES + Math.ceil((ms * COPY_RATE) / 1000) * BYTES_PER_SAMPLE;
}

/** The largest copy the app makes or a server accepts (the longest recording). */
export const MAX_COPY_BYTES = copyBytes(MAX_RECORDING_MS);

/** Silences the muted stretches of mono PCM at `rate` (in place) and returns it. */
export function applyMutes(
	pcm: Float32Array,
	rate: number,
	mutes: readonly AudioRange[]
): Float32Array {
	for (const m of mutes) {
		const from = Math.max(0, Math.floor((m.startMs * rate) / 1000));
		const to = Math.min(pcm.length, Math.ceil((m.endMs * rate) / 1000));
		if (to > from) pcm.fill(0, from, to);
	}
	return pcm;
}

/** 16-bit little-endian mono WAV of `pcm` (samples −1..1) at `rate`. */
export function encodeWav(pcm: Float32Array, rate: number): Uint8Array<ArrayBuffer> {
	const data = pcm.length * BYTES_PER_SAMPLE;
	const out = new Uint8Array(WAV_HEADER_BYTES + data);
	const view = new DataView(out.buffer);
	const ascii = (at: number, text: string) => {
		for (let i = 0; i < text.length; i++) out[at + i] = text.charCodeAt(i);
	};
	ascii(0, 'RIFF');
	view.setUint32(4, 36 + data, true);
	ascii(8, 'WAVE');
	ascii(12, 'fmt ');
	view.setUint32(16, 16, true);
	view.setUint16(20, 1, true); // PCM
	view.setUint16(22, 1, true); // mono
	view.setUint32(24, rate, true);
	view.setUint32(28, rate * BYTES_PER_SAMPLE, true);
	view.setUint16(32, BYTES_PER_SAMPLE, true);
	view.setUint16(34, 16, true);
	ascii(36, 'data');
	view.setUint32(40, data, true);
	for (let i = 0; i < pcm.length; i++) {
		const s = Math.max(-1, Math.min(1, pcm[i]!));
		view.setInt16(WAV_HEADER_BYTES + i * BYTES_PER_SAMPLE, s < 0 ? s * 0x8000 : s * 0x7fff, true);
	}
	return out;
}

export interface WavInfo {
	rate: number;
	/** Offset and length of the samples. */
	dataStart: number;
	dataBytes: number;
	durationMs: number;
}

/** Reads the header of a copy (16-bit mono PCM WAV); null for anything else. */
export function readWavHeader(bytes: Uint8Array): WavInfo | null {
	if (bytes.length < WAV_HEADER_BYTES) return null;
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const text = (at: number) => String.fromCharCode(...bytes.subarray(at, at + 4));
	if (text(0) !== 'RIFF' || text(8) !== 'WAVE' || text(12) !== 'fmt ') return null;
	const format = view.getUint16(20, true);
	const channels = view.getUint16(22, true);
	const rate = view.getUint32(24, true);
	const bits = view.getUint16(34, true);
	if (format !== 1 || channels !== 1 || bits !== 16 || rate < 1000 || rate > 192000) return null;
	if (text(36) !== 'data') return null;
	const dataBytes = Math.min(view.getUint32(40, true), bytes.length - WAV_HEADER_BYTES);
	return {
		rate,
		dataStart: WAV_HEADER_BYTES,
		dataBytes,
		durationMs: Math.round((dataBytes / BYTES_PER_SAMPLE / rate) * 1000)
	};
}

/** The stretch `range` of a copy as a WAV of its own (the server's clip for a dispute). */
export function sliceWav(bytes: Uint8Array, range: AudioRange): Uint8Array<ArrayBuffer> | null {
	const info = readWavHeader(bytes);
	if (!info) return null;
	const sample = (ms: number) =>
		Math.min(info.dataBytes / BYTES_PER_SAMPLE, Math.max(0, Math.round((ms * info.rate) / 1000)));
	const from = sample(range.startMs);
	const to = sample(range.endMs);
	const pcm = new Float32Array(Math.max(0, to - from));
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	for (let i = 0; i < pcm.length; i++) {
		pcm[i] = view.getInt16(info.dataStart + (from + i) * BYTES_PER_SAMPLE, true) / 0x8000;
	}
	return encodeWav(pcm, info.rate);
}
