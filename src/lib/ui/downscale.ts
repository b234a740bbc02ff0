/**
 * Shrinks a camera photo on the device before it is stored: phone cameras produce 4–12 MB
 * files, and evidence only needs to be legible, so the long side is capped (1600 px) and the
 * image re-encoded. Runs in the browser (createImageBitmap + OffscreenCanvas, or a canvas).
 */

export type DownscaleType = 'image/jpeg' | 'image/webp';

export interface DownscaleOptions {
	/** Longest side of the result in px. */
	maxSide?: number;
	type?: DownscaleType;
	quality?: number;
	/** Inputs larger than this are refused before decoding (bytes). */
	maxInputBytes?: number;
}

export interface Downscaled {
	blob: Blob;
	mimeType: DownscaleType;
	width: number;
	height: number;
}

/** Why a photo could not be downscaled: too large to take, not an image, or not encodable. */
export class DownscaleError extends Error {
	constructor(
		readonly kind: 'too-large' | 'decode' | 'encode',
		message: string
	) {
		super(message);
		this.name = 'DownscaleError';
	}
}

export const MAX_SIDE = 1600;
export const MAX_INPUT_BYTES = 40 * 1024 * 1024;

/** Size that fits within `maxSide` on the long side, keeping the aspect ratio (never enlarges). */
export function fitWithin(
	width: number,
	height: number,
	maxSide: number
): { width: number; height: number } {
	const long = Math.max(width, height);
	if (long <= maxSide) return { width, height };
	const ratio = maxSide / long;
	return {
		width: Math.max(1, Math.round(width * ratio)),
		height: Math.max(1, Math.round(height * ratio))
	};
}

async function encode(
	source: ImageBitmap,
	width: number,
	height: number,
	type: DownscaleType,
	quality: number
): Promise<Blob> {
	if (typeof OffscreenCanvas !== 'undefined') {
		const canvas = new OffscreenCanvas(width, height);
		const ctx = canvas.getContext('2d');
		if (ctx) {
			draw(ctx, source, width, height);
			return canvas.convertToBlob({ type, quality });
		}
	}
	const canvas = document.createElement('canvas');
	canvas.width = width;
	canvas.height = height;
	const ctx = canvas.getContext('2d');
	if (!ctx) throw new DownscaleError('encode', 'no 2D canvas context');
	draw(ctx, source, width, height);
	return new Promise((resolve, reject) =>
		canvas.toBlob(
			(blob) => (blob ? resolve(blob) : reject(new DownscaleError('encode', 'toBlob failed'))),
			type,
			quality
		)
	);
}

function draw(
	ctx: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D,
	source: ImageBitmap,
	width: number,
	height: number
): void {
	// JPEG has no alpha: a transparent screenshot would otherwise turn black.
	ctx.fillStyle = '#ffffff';
	ctx.fillRect(0, 0, width, height);
	ctx.imageSmoothingEnabled = true;
	ctx.imageSmoothingQuality = 'high';
	ctx.drawImage(source, 0, 0, width, height);
}

/**
 * Decodes an image (EXIF orientation applied), scales it to at most `maxSide` on the long side
 * and re-encodes it as JPEG (default, quality 0.85) or WebP. Falls back to JPEG where the
 * browser cannot encode WebP. Throws DownscaleError.
 */
export async function downscaleImage(
	input: Blob,
	options: DownscaleOptions = {}
): Promise<Downscaled> {
	const maxSide = options.maxSide ?? MAX_SIDE;
	const quality = options.quality ?? 0.85;
	const maxInputBytes = options.maxInputBytes ?? MAX_INPUT_BYTES;
	let type: DownscaleType = options.type ?? 'image/jpeg';
	if (input.size > maxInputBytes) {
		throw new DownscaleError('too-large', `image is ${input.size} bytes`);
	}
	let bitmap: ImageBitmap;
	try {
		bitmap = await createImageBitmap(input, { imageOrientation: 'from-image' });
	} catch (error) {
		throw new DownscaleError('decode', error instanceof Error ? error.message : String(error));
	}
	try {
		const { width, height } = fitWithin(bitmap.width, bitmap.height, maxSide);
		let blob: Blob;
		try {
			blob = await encode(bitmap, width, height, type, quality);
			// Safari encodes WebP as PNG without saying so; JPEG is everywhere.
			if (blob.type !== type) {
				type = 'image/jpeg';
				blob = await encode(bitmap, width, height, type, quality);
			}
		} catch (error) {
			if (error instanceof DownscaleError) throw error;
			throw new DownscaleError('encode', error instanceof Error ? error.message : String(error));
		}
		return { blob, mimeType: type, width, height };
	} finally {
		bitmap.close();
	}
}
