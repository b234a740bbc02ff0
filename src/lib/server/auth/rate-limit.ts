// Failed sign-ins, counted per key ("ip:…", "login:…", "invite-ip:…") in a sliding window: too
// many and the key is refused for a while, before any password or token is even looked at.
import { and, count, eq, gt, inArray, lt, min } from 'drizzle-orm';
import type { Db } from '../db';
import { authAttempts } from '../db/schema';
import { ApiError } from '../http/errors';

export const WINDOW_MS = 15 * 60_000;

export interface Limit {
	key: string;
	max: number;
}

/** The limits of a sign-in: the account (when named) and the address it comes from. */
export function signInLimits(ip: string, loginName?: string): Limit[] {
	const limits: Limit[] = [{ key: `ip:${ip}`, max: 30 }];
	if (loginName !== undefined) limits.push({ key: `login:${loginName.toLowerCase()}`, max: 10 });
	return limits;
}

/** The limit on guessing invite tokens from one address. */
export const inviteLimits = (ip: string): Limit[] => [{ key: `invite-ip:${ip}`, max: 30 }];

/** Fails with 429 (and Retry-After) when any key has reached its limit in the window. */
export async function checkRateLimit(db: Db, limits: Limit[], now = new Date()): Promise<void> {
	const since = new Date(now.getTime() - WINDOW_MS);
	for (const limit of limits) {
		const [row] = await db.orm
			.select({ n: count(), oldest: min(authAttempts.at) })
			.from(authAttempts)
			.where(and(eq(authAttempts.key, limit.key), gt(authAttempts.at, since)));
		if (row && row.n >= limit.max) {
			const oldest = row.oldest ? new Date(row.oldest).getTime() : now.getTime();
			const seconds = Math.max(1, Math.ceil((oldest + WINDOW_MS - now.getTime()) / 1000));
			throw new ApiError(
				429,
				'rate-limited',
				'Too many failed attempts; wait a while and try again.',
				{ 'retry-after': String(seconds) }
			);
		}
	}
}

/** Counts one failure against every key (and forgets failures older than a day). */
export async function recordFailure(db: Db, limits: Limit[], now = new Date()): Promise<void> {
	if (limits.length === 0) return;
	await db.orm.insert(authAttempts).values(limits.map((l) => ({ key: l.key, at: now })));
	await db.orm.delete(authAttempts).where(
		and(
			inArray(
				authAttempts.key,
				limits.map((l) => l.key)
			),
			lt(authAttempts.at, new Date(now.getTime() - 86_400_000))
		)
	);
}
