// Server-side sessions: the cookie holds a random token; the database holds only its SHA-256,
// the member, the CSRF token and the expiry. Signing out revokes the row, so a replayed cookie
// is worthless afterwards.
import { and, eq, gt, isNull } from 'drizzle-orm';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Db } from '../db';
import { members, sessions } from '../db/schema';

export const SESSION_COOKIE = 'ks_session';
export const SESSION_DAYS = 30;

export interface Session {
	idHash: string;
	memberId: string;
	displayName: string;
	csrf: string;
	expiresAt: Date;
}

export const sha256Hex = (text: string) => createHash('sha256').update(text).digest('hex');

export const randomToken = (bytes = 32) => randomBytes(bytes).toString('base64url');

/** Starts a session for a member; returns the cookie's token (shown once, never stored). */
export async function createSession(
	db: Db,
	memberId: string,
	now = new Date()
): Promise<{ token: string; expiresAt: Date }> {
	const token = randomToken();
	const expiresAt = new Date(now.getTime() + SESSION_DAYS * 86_400_000);
	await db.orm.insert(sessions).values({
		idHash: sha256Hex(token),
		memberId,
		csrf: randomToken(24),
		createdAt: now,
		expiresAt
	});
	return { token, expiresAt };
}

/** The live session a cookie token names, or null (unknown, expired or signed out). */
export async function findSession(
	db: Db,
	token: string | undefined,
	now = new Date()
): Promise<Session | null> {
	if (!token || token.length > 200) return null;
	const rows = await db.orm
		.select({
			idHash: sessions.idHash,
			memberId: sessions.memberId,
			csrf: sessions.csrf,
			expiresAt: sessions.expiresAt,
			displayName: members.displayName
		})
		.from(sessions)
		.innerJoin(members, eq(members.id, sessions.memberId))
		.where(
			and(
				eq(sessions.idHash, sha256Hex(token)),
				isNull(sessions.revokedAt),
				gt(sessions.expiresAt, now)
			)
		)
		.limit(1);
	return rows[0] ?? null;
}

/** Signs a session out for good. */
export async function revokeSession(db: Db, idHash: string, now = new Date()): Promise<void> {
	await db.orm.update(sessions).set({ revokedAt: now }).where(eq(sessions.idHash, idHash));
}

/** Constant-time comparison of a presented CSRF token with the session's. */
export function csrfMatches(session: Session, presented: string | null): boolean {
	if (!presented) return false;
	const a = Buffer.from(session.csrf);
	const b = Buffer.from(presented);
	return a.length === b.length && timingSafeEqual(a, b);
}
