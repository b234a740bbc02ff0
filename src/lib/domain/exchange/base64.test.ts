import { describe, expect, it } from 'vitest';
import * as base64 from './base64';

describe('base64', () => {
	it('round-trips bytes, including a photo-sized buffer above the chunk size', () => {
		const big = Uint8Array.from({ length: 100_000 }, (_, i) => (i * 31) & 0xff);
		const back = base64.base64ToBytes(base64.bytesToBase64(big));
		expect(back.length).toBe(big.length);
		expect(back.every((b, i) => b === big[i])).toBe(true);
		expect(base64.bytesToBase64(new Uint8Array([0xff, 0xd8, 0xff]))).toBe('/9j/');
	});

	it('accepts only the padded standard alphabet', () => {
		expect(base64.isBase64('QUJD')).toBe(true);
		expect(base64.isBase64('QUI=')).toBe(true);
		expect(base64.isBase64('QQ==')).toBe(true);
		expect(base64.isBase64('')).toBe(true);
		expect(base64.isBase64('QUI')).toBe(false); // length not a multiple of 4
		expect(base64.isBase64('QU-_')).toBe(false); // base64url alphabet
		expect(base64.isBase64('Q===')).toBe(false);
		expect(base64.isBase64('QU I=')).toBe(false);
		expect(() => base64.base64ToBytes('*@!#')).toThrow(TypeError);
	});

	it('decoded length from the text: 4 chars = 3 bytes minus padding', () => {
		expect(base64.base64DecodedLength('QUJD')).toBe(3);
		expect(base64.base64DecodedLength('QUI=')).toBe(2);
		expect(base64.base64DecodedLength('QQ==')).toBe(1);
		expect(base64.base64LengthFor(8 * 1024 * 1024)).toBe(11_184_812);
	});

	it('image magic: JPEG FF D8 FF, PNG 89 50 4E 47 0D 0A 1A 0A, WebP RIFF….WEBP', () => {
		const b64 = (bytes: number[]) =>
			base64.bytesToBase64(Uint8Array.from([...bytes, ...Array(16).fill(0)]));
		const jpeg = b64([0xff, 0xd8, 0xff, 0xe0]);
		const png = b64([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
		const webp = b64([0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x57, 0x45, 0x42, 0x50]);
		expect(base64.hasImageMagic(jpeg, 'image/jpeg')).toBe(true);
		expect(base64.hasImageMagic(png, 'image/png')).toBe(true);
		expect(base64.hasImageMagic(webp, 'image/webp')).toBe(true);
		expect(base64.hasImageMagic(png, 'image/jpeg')).toBe(false);
		expect(base64.hasImageMagic(jpeg, 'image/webp')).toBe(false);
		expect(base64.hasImageMagic('/9j/', 'image/jpeg')).toBe(false); // too short to tell
	});
});
