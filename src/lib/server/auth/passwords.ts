// The password fallback for browsers without passkeys: an argon2id hash per member, the
// member's login name (members.user_id) to sign in with, and one answer for every failure.
import { hash, verify } from '@node-rs/argon2';
import { eq } from 'drizzle-orm';
import type { PasswordLogin, SetPassword } from '$lib/domain/sync/protocol';
import type { Db } from '../db';
import { members, passwords } from '../db/schema';
import { ApiError } from '../http/errors';
import { requireFreeLoginName } from './members';
import { checkRateLimit, recordFailure, signInLimits } from './rate-limit';
import type { Session } from './session';

/** argon2id (the library's default) with its recommended costs. */
const hashPassword = (password: string) => hash(password);

export const signInFailed = () =>
	new ApiError(401, 'sign-in-failed', 'The login name or the password is wrong.');

/** POST /auth/password: sets the member's password, and their login name when given. */
export async function setPassword(
	db: Db,
	session: Session,
	input: SetPassword
): Promise<{ loginName: string }> {
	const hashed = await hashPassword(input.password);
	return db.orm.transaction(async (tx) => {
		if (input.loginName) {
			await requireFreeLoginName({ orm: tx }, input.loginName, session.memberId);
			await tx
				.update(members)
				.set({ userId: input.loginName })
				.where(eq(members.id, session.memberId));
		}
		await tx
			.insert(passwords)
			.values({ memberId: session.memberId, hash: hashed })
			.onConflictDoUpdate({
				target: passwords.memberId,
				set: { hash: hashed, updatedAt: new Date() }
			});
		const [row] = await tx
			.select({ loginName: members.userId })
			.from(members)
			.where(eq(members.id, session.memberId));
		return { loginName: row?.loginName ?? '' };
	});
}

let dummy: Promise<string> | undefined;

/**
 * POST /auth/password/login: the member whose password matches, or 401 (the same for an
 * unknown name, which still costs a hash). Refused with 429 once the name or the address has
 * failed too often.
 */
export async function passwordLogin(
	db: Db,
	input: PasswordLogin,
	ip: string,
	now = new Date()
): Promise<string> {
	const loginName = input.loginName.trim().toLowerCase();
	const limits = signInLimits(ip, loginName);
	await checkRateLimit(db, limits, now);
	const [row] = await db.orm
		.select({ memberId: members.id, hash: passwords.hash })
		.from(members)
		.innerJoin(passwords, eq(passwords.memberId, members.id))
		.where(eq(members.userId, loginName))
		.limit(1);
	dummy ??= hashPassword('not a password of anyone');
	const ok = await verify(row?.hash ?? (await dummy), input.password).catch(() => false);
	if (!row || !ok) {
		await recordFailure(db, limits, now);
		throw signInFailed();
	}
	return row.memberId;
}
