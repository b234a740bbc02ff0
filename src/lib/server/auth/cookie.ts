// The session cookie, set the same way by every sign-in and cleared by sign-out.
import type { Cookies } from '@sveltejs/kit';
import type { SessionInfo } from '$lib/domain/sync/protocol';
import type { Db } from '../db';
import { createSession, findSession, SESSION_COOKIE, SESSION_DAYS } from './session';
import { sessionInfo } from './session-info';

const options = (url: URL) => ({
	httpOnly: true,
	sameSite: 'lax' as const,
	path: '/',
	secure: url.protocol === 'https:'
});

/** Starts a session for the member, sets its cookie and answers who is now signed in. */
export async function signIn(
	db: Db,
	cookies: Cookies,
	url: URL,
	memberId: string
): Promise<SessionInfo> {
	const { token } = await createSession(db, memberId);
	cookies.set(SESSION_COOKIE, token, { ...options(url), maxAge: SESSION_DAYS * 86_400 });
	const session = await findSession(db, token);
	if (!session) throw new Error('The new session was not found.');
	return sessionInfo(db, session);
}

export function clearSessionCookie(cookies: Cookies, url: URL): void {
	cookies.delete(SESSION_COOKIE, options(url));
}
