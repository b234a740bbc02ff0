/**
 * Photos are addressed by their content: the id is `sha256-` and the hex SHA-256 of the
 * (downscaled) bytes, so two different photos can never share an id and an incoming photo can
 * never replace another evaluation's evidence under a borrowed id.
 */
import type { ParseError } from '../record/parse';
import { base64ToBytes } from './base64';
import type { BundlePhoto } from './bundle';

/** The content id of photo bytes: `sha256-<64 hex digits>`. */
export async function photoContentId(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
	const digest = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', bytes));
	return `sha256-${Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** Errors for format-2 photos whose id is not the hash of their bytes (empty when none). */
export async function photoIdErrors(photos: readonly BundlePhoto[]): Promise<ParseError[]> {
	const errors: ParseError[] = [];
	for (const [i, p] of photos.entries()) {
		const id = await photoContentId(base64ToBytes(p.dataBase64));
		if (id !== p.id) {
			errors.push({ path: `photos[${i}].id`, message: 'does not match the photo’s content hash' });
		}
	}
	return errors;
}
