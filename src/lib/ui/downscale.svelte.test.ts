import { describe, expect, it } from 'vitest';
import { downscaleImage, DownscaleError, fitWithin } from './downscale';

async function canvasBlob(width: number, height: number, type = 'image/png'): Promise<Blob> {
	const canvas = document.createElement('canvas');
	canvas.width = width;
	canvas.height = height;
	const ctx = canvas.getContext('2d')!;
	ctx.fillStyle = '#0b5cad';
	ctx.fillRect(0, 0, width, height);
	ctx.fillStyle = '#f59e0b';
	ctx.fillRect(width / 4, height / 4, width / 2, height / 2);
	return new Promise((resolve, reject) =>
		canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('toBlob failed'))), type)
	);
}

async function sizeOf(blob: Blob): Promise<{ width: number; height: number }> {
	const bitmap = await createImageBitmap(blob);
	const size = { width: bitmap.width, height: bitmap.height };
	bitmap.close();
	return size;
}

describe('downscaleImage', () => {
	it('scales a 3000×2000 image to 1600×1067 JPEG', async () => {
		const result = await downscaleImage(await canvasBlob(3000, 2000));
		expect(result.width).toBe(1600);
		expect(result.height).toBe(1067);
		expect(result.mimeType).toBe('image/jpeg');
		expect(result.blob.type).toBe('image/jpeg');
		expect(await sizeOf(result.blob)).toEqual({ width: 1600, height: 1067 });
	});

	it('keeps a portrait photo within 1600 on the long side, as WebP when asked', async () => {
		const result = await downscaleImage(await canvasBlob(1200, 2400), { type: 'image/webp' });
		expect(result).toMatchObject({ width: 800, height: 1600, mimeType: 'image/webp' });
		expect(result.blob.type).toBe('image/webp');
	});

	it('never enlarges a small image', async () => {
		const result = await downscaleImage(await canvasBlob(640, 480));
		expect(await sizeOf(result.blob)).toEqual({ width: 640, height: 480 });
	});

	it('rejects a file that is not an image as a decode error', async () => {
		const error = await downscaleImage(new Blob(['not an image'], { type: 'image/jpeg' })).catch(
			(e: unknown) => e
		);
		expect(error).toBeInstanceOf(DownscaleError);
		expect((error as DownscaleError).kind).toBe('decode');
	});

	it('refuses an input over the byte limit before decoding', async () => {
		const error = await downscaleImage(await canvasBlob(100, 100), { maxInputBytes: 10 }).catch(
			(e: unknown) => e
		);
		expect((error as DownscaleError).kind).toBe('too-large');
	});
});

describe('fitWithin', () => {
	it('rounds to whole pixels and keeps the ratio', () => {
		expect(fitWithin(3000, 2000, 1600)).toEqual({ width: 1600, height: 1067 });
		expect(fitWithin(1600, 1600, 1600)).toEqual({ width: 1600, height: 1600 });
	});
});
