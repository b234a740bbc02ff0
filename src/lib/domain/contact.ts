/**
 * A center's contact details as a person types them: e-mail address, phone numbers and web
 * address. Stored records (and imports) may hold anything; these checks decide what the app
 * accepts in its form and what it dares to turn into a link.
 */

/** The characters of an address's local part: RFC 5322 atext without `?`, `&` and `%`. */
const LOCAL_PART = /^[A-Za-z0-9!#$'*+/=^_`{|}~-]+(\.[A-Za-z0-9!#$'*+/=^_`{|}~-]+)*$/;
/** A domain label: letters (any script), digits and inner hyphens. */
const LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u;

export interface EmailAddress {
	local: string;
	domain: string;
}

/** Splits a plain e-mail address (`name@example.com`, nothing else) or returns undefined. */
export function parseEmailAddress(text: string): EmailAddress | undefined {
	if (text.length > 254) return undefined;
	const at = text.indexOf('@');
	if (at <= 0 || at !== text.lastIndexOf('@')) return undefined;
	const local = text.slice(0, at);
	const domain = text.slice(at + 1);
	if (local.length > 64 || !LOCAL_PART.test(local)) return undefined;
	const labels = domain.split('.');
	if (labels.length < 2 || !labels.every((l) => LABEL.test(l))) return undefined;
	if (/^\d+$/.test(labels.at(-1)!)) return undefined;
	return { local, domain };
}

/** Whether `text` is a plain e-mail address (no spaces, lists, query or percent escapes). */
export function isEmailAddress(text: string): boolean {
	return parseEmailAddress(text) !== undefined;
}

/** A `mailto:` link to the address alone, or undefined when it is not a plain address. */
export function mailtoHref(text: string): string | undefined {
	const address = parseEmailAddress(text);
	if (!address) return undefined;
	return `mailto:${encodeURIComponent(address.local)}@${encodeURIComponent(address.domain)}`;
}

/** Whether `text` reads as a phone number: digits with `+`, spaces, `-`, `.`, `()`, `*`, `#`. */
export function isPhoneNumber(text: string): boolean {
	if (!/^\+?[\d\s().*#-]+$/.test(text)) return false;
	const digits = text.replace(/\D/g, '').length;
	return digits >= 3 && digits <= 20;
}

/**
 * Whether `text` is a web address: an http(s) URL, or a host name with a dot and an optional
 * path (`www.example.co.kr/help`). Other schemes (`javascript:`, `data:`) are refused.
 */
export function isWebAddress(text: string): boolean {
	if (/\s/.test(text)) return false;
	const hasScheme = /^[a-z][a-z\d+.-]*:/i.test(text);
	if (hasScheme && !/^https?:\/\//i.test(text)) return false;
	let url: URL;
	try {
		url = new URL(hasScheme ? text : `https://${text}`);
	} catch {
		return false;
	}
	if (url.username || url.password) return false;
	const labels = url.hostname.split('.');
	return labels.length >= 2 && labels.every((l) => l.length > 0);
}
