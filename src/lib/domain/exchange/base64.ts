/**
 * Standard base64 (RFC 4648 §4, with padding) for photo data and signatures, plus the checks
 * an untrusted photo needs before anything decodes it: alphabet, length and the file's magic
 * bytes against its declared type.
 */

const ALPHABET = /^[A-Za-z0-9+/]*={0,2}$/;
const CHUNK = 0x8000;

/** Base64 of `bytes` (standard alphabet, padded). */
export function bytesToBase64(bytes: Uint8Array): string {
	const parts: string[] = [];
	// Chunked: String.fromCharCode(...all) overflows the argument stack for photo-sized input.
	for (let i = 0; i < bytes.length; i += CHUNK) {
		parts.push(String.fromCharCode(...bytes.subarray(i, i + CHUNK)));
	}
	return btoa(parts.join(''));
}

/** The bytes of a base64 string; throws on anything `isBase64` rejects. */
export function base64ToBytes(text: string): Uint8Array<ArrayBuffer> {
	if (!isBase64(text)) throw new TypeError('not valid base64');
	const bin = atob(text);
	const out = new Uint8Array(bin.length);
	for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
	return out;
}

/** True for padded standard base64: the alphabet, a length divisible by 4, ≤ 2 `=` at the end. */
export function isBase64(text: string): boolean {
	return text.length % 4 === 0 && ALPHABET.test(text);
}

/** The number of bytes a valid base64 string decodes to, without decoding it. */
export function base64DecodedLength(text: string): number {
	const pad = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
	return (text.length / 4) * 3 - pad;
}

/** The longest base64 text that decodes to at most `bytes` bytes. */
export function base64LengthFor(bytes: number): number {
	return Math.ceil(bytes / 3) * 4;
}

export const photoMimeTypes = ['image/jpeg', 'image/webp', 'image/png'] as const;
export type PhotoMimeType = (typeof photoMimeTypes)[number];

/** True when the first bytes of `base64` are the signature of an image of type `mime`. */
export function hasImageMagic(base64: string, mime: PhotoMimeType): boolean {
	// 16 base64 characters = 12 bytes, enough for every signature below.
	const head = base64.slice(0, 16);
	if (head.length < 16 || !isBase64(head)) return false;
	const b = base64ToBytes(head);
	const at = (i: number, ...bytes: number[]) => bytes.every((v, k) => b[i + k] === v);
	switch (mime) {
		case 'image/jpeg':
			return at(0, 0xff, 0xd8, 0xff);
		case 'image/png':
			return at(0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
		case 'image/webp':
			return at(0, 0x52, 0x49, 0x46, 0x46) && at(8, 0x57, 0x45, 0x42, 0x50);
	}
}
