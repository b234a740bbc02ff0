/**
 * The whole reading of an import file in one call: size (from `Blob.size`, before a byte is
 * read), padding (the bytes as they stream in, before the file is held whole), text, JSON,
 * schemas, then the signature. Memory stays a small multiple of the file's size: the text
 * is let go once parsed, and padding (which would multiply in memory once parsed) is refused
 * while streaming. The import screen runs it in a Web Worker, so its result is plain data
 * that survives structured cloning (no `raw` JSON: only the signature check needs it, and
 * copying it back would double the memory).
 */
import type { ParseError } from '../record/parse';
import type { Bundle } from './bundle';
import { BUNDLE_LIMITS } from './bundle';
import { bundleSizeError } from './file-size';
import {
	bundleGuard,
	checkBundle,
	parseBundle,
	parseBundleJson,
	type ParseBundleOptions,
	type ParseBundleResult
} from './parse-bundle';
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
	return verified(parseBundle(text, opts));
}

/**
 * Checks the size of a file, then its bytes for padding as they stream in, then reads,
 * parses and verifies it; throws only if reading fails.
 */
export async function readBundleBlob(
	file: Blob,
	opts: ParseBundleOptions = {}
): Promise<ReadBundleResult> {
	const refused = refuseBySize(file.size, opts.maxBytes);
	if (refused) return refused;
	const padding = await paddingIn(file);
	if (padding) return { ok: false, errors: [padding], errorCount: 1 };
	// The text lives only until it is parsed: nothing below holds on to it.
	const json = parseBundleJson(await file.text(), { ...opts, guarded: true });
	if (!json.ok) return json;
	return verified(checkBundle(json.raw, opts), json.raw);
}

/** The first padding in the file's text, read piece by piece (never whole), or null. */
async function paddingIn(file: Blob): Promise<ParseError | null> {
	const guard = bundleGuard();
	const reader = file.stream().pipeThrough(new TextDecoderStream()).getReader();
	try {
		for (;;) {
			const { done, value } = await reader.read();
			if (done) return guard.end();
			const found = guard.write(value);
			if (found) return found;
		}
	} finally {
		// Stops reading the rest of a refused file.
		await reader.cancel().catch(() => undefined);
	}
}

async function verified(
	parsed: ParseBundleResult,
	raw: unknown = parsed.ok ? parsed.raw : undefined
): Promise<ReadBundleResult> {
	if (!parsed.ok) return { ok: false, errors: parsed.errors, errorCount: parsed.errorCount };
	const verification = await verifyBundle(raw);
	return { ok: true, bundle: parsed.bundle, verification, notices: parsed.notices };
}
