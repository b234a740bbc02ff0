/**
 * Invite links this device knows, in web storage. The server keeps only a link's SHA-256, so
 * it cannot show a link again: a link made here is kept in sessionStorage for the tab's life,
 * for its maker to copy again from the list of pending invites (others ask for a new link).
 * An invite accepted here is remembered in localStorage (spent, so it opens nothing), so that
 * reopening it says "already joined — sign in" rather than "ask for a new one".
 */
const MADE = 'ks1006.invite-link:';
const JOINED = 'ks1006.joined-invites';
/** How many accepted invites are remembered (the oldest go first). */
const JOINED_KEPT = 20;

function web(kind: 'local' | 'session'): Storage | undefined {
	try {
		return kind === 'local' ? localStorage : sessionStorage;
	} catch {
		return undefined; // storage disabled by policy: nothing is remembered
	}
}

function write(store: Storage | undefined, key: string, value: string | undefined): void {
	try {
		if (value === undefined) store?.removeItem(key);
		else store?.setItem(key, value);
	} catch {
		// Quota or storage disabled: the link is still shown until the page is left.
	}
}

/** Keeps a link made on this device (by invite id) for the tab's life. */
export const rememberMadeLink = (id: string, url: string) => write(web('session'), MADE + id, url);

export const forgetMadeLink = (id: string) => write(web('session'), MADE + id, undefined);

/** The link of an invite made in this tab, if it was. */
export const madeLink = (id: string): string | undefined =>
	web('session')?.getItem(MADE + id) ?? undefined;

function joinedTokens(): string[] {
	try {
		const raw: unknown = JSON.parse(web('local')?.getItem(JOINED) ?? '[]');
		return Array.isArray(raw) ? raw.filter((v): v is string => typeof v === 'string') : [];
	} catch {
		return [];
	}
}

/** Remembers that this device accepted the invite with this (now spent) token. */
export function rememberJoined(token: string): void {
	const kept = [...joinedTokens().filter((t) => t !== token), token].slice(-JOINED_KEPT);
	write(web('local'), JOINED, JSON.stringify(kept));
}

/** Whether this device accepted the invite with this token. */
export const joinedHere = (token: string): boolean => joinedTokens().includes(token);
