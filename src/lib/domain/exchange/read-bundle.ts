/**
 * The whole reading of an import file in one call: size (from `Blob.size`, before a byte is
 * read), text, JSON, guards, schemas, then the signature. The import screen runs it in a Web
 * Worker, so its result is plain data that survives structured cloning (no `raw` JSON: only
 * the signature check needs it, and copying it back would double the memory).
 */
import type { ParseError } from '../record/parse';
import type { Bundle } from './bundle';
import { BUNDLE_LIMITS } from './bundle';
import { bundleSizeError } from './json-guard';
import { parseBundle, type ParseBundleOptions } from './parse-bundle';
import { verifyBundle, type VerifyResult } from './signature';

export type ReadBundleResult =
	| {
			ok: true;
			bundle: Bundle;
			verification: VerifyResult;
			notices: ParseError[];
	  }
	| {
			ok: false;
			/** The first problems found, for display. */
			errors: ParseError[];
			/** How many problems there are in all (more than `errors` holds in a large file). */
			errorCount: number;
			/** Set when the file was refused by its size alone, before reading it. */
			tooLarge?: { bytes: number; maxBytes: number };
	  };

/** The size refusal for a file of `bytes`, or null when it may be read. */
export function refuseBySize(
	bytes: number,
	maxBytes: number = BUNDLE_LIMITS.maxBytes
): Extract<ReadBundleResult, { ok: false }> | null {
	const message = bundleSizeError(bytes, maxBytes);
	return message
		? {
				ok: false,
				errors: [{ path: '(file)', message }],
				errorCount: 1,
				tooLarge: { bytes, maxBytes }
			}
		: null;
}

/** Parses and verifies the text of a bundle; never throws. */
export async function readBundleText(
	text: string,
	opts: ParseBundleOptions = {}
): Promise<ReadBundleResult> {
	const parsed = parseBundle(text, opts);
	if (!parsed.ok) return { ok: false, errors: parsed.errors, errorCount: parsed.errorCount };
	const verification = await verifyBundle(parsed.raw);
	return { ok: true, bundle: parsed.bundle, verification, notices: parsed.notices };
}

/** Checks the size of a file, then reads, parses and verifies it; throws only if reading fails. */
export async function readBundleBlob(
	file: Blob,
	opts: ParseBundleOptions = {}
): Promise<ReadBundleResult> {
	const refused = refuseBySize(file.size, opts.maxBytes);
	if (refused) return refused;
	return readBundleText(await file.text(), opts);
}
