/** Writes PCM as a WAV file (16-bit little-endian PCM), in node and in the browser alike. */

/** A WAV file of `channels` interleaved copies of mono float PCM at `sampleRate`. */
export function encodeWav(pcm: Float32Array, sampleRate: number, channels = 1): Uint8Array {
	const dataBytes = pcm.length * channels * 2;
	const out = new Uint8Array(44 + dataBytes);
	const view = new DataView(out.buffer);
	const text = (at: number, s: string) => {
		for (let i = 0; i < s.length; i++) out[at + i] = s.charCodeAt(i);
	};
	text(0, 'RIFF');
	view.setUint32(4, 36 + dataBytes, true);
	text(8, 'WAVE');
	text(12, 'fmt ');
	view.setUint32(16, 16, true);
	view.setUint16(20, 1, true);
	view.setUint16(22, channels, true);
	view.setUint32(24, sampleRate, true);
	view.setUint32(28, sampleRate * channels * 2, true);
	view.setUint16(32, channels * 2, true);
	view.setUint16(34, 16, true);
	text(36, 'data');
	view.setUint32(40, dataBytes, true);
	let at = 44;
	for (const v of pcm) {
		const s = Math.max(-1, Math.min(1, v));
		for (let c = 0; c < channels; c++) {
			view.setInt16(at, s < 0 ? s * 0x8000 : s * 0x7fff, true);
			at += 2;
		}
	}
	return out;
}
