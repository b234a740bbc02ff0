/**
 * Sizes of untrusted files and texts, and how the messages about them write them: counted
 * before anything is read, so a file over its limit is refused without being held.
 */

const MiB = 1024 * 1024;

/** "61.2 MB": mebibytes, rounded up to one decimal so 50.01 never prints as the 50 MB limit. */
export function formatMegabytes(bytes: number): string {
	const mb = Math.ceil((bytes / MiB) * 10) / 10;
	return `${Number.isInteger(mb) ? mb.toFixed(0) : mb.toFixed(1)} MB`;
}

/** The UTF-8 byte length of a string, counted without encoding it. */
export function utf8Length(text: string): number {
	let n = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c < 0x80) n += 1;
		else if (c < 0x800) n += 2;
		else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
			n += 4; // A surrogate pair is one 4-byte code point.
			i++;
		} else n += 3;
	}
	return n;
}

/** The error for a file of `bytes` bytes over `maxBytes`, or null when it fits. */
export function bundleSizeError(bytes: number, maxBytes: number): string | null {
	return bytes > maxBytes
		? `file is ${formatMegabytes(bytes)}; the limit is ${formatMegabytes(maxBytes)}`
		: null;
}

/** "12 KB", or megabytes from one MiB up (rounded up, as `formatMegabytes`). */
export function formatKilobytes(bytes: number): string {
	return bytes >= MiB ? formatMegabytes(bytes) : `${Math.ceil(bytes / 1024)} KB`;
}
