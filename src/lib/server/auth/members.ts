// Members: created by accepting an invite or setting up an organisation, named by a display
// name, and found for the password fallback by their login name (members.user_id).
import { eq } from 'drizzle-orm';
import { randomBytes } from 'node:crypto';
import type { Db } from '../db';
import { members } from '../db/schema';
import { ApiError } from '../http/errors';

/** A login name nobody would guess, until the member picks their own. */
export const randomLoginName = () => `m-${randomBytes(6).toString('hex')}`;

export const loginNameTaken = () =>
	new ApiError(409, 'login-name-taken', 'That login name is taken; choose another.');

/** Fails with 409 when the login name belongs to another member. */
export async function requireFreeLoginName(
	db: Pick<Db, 'orm'>,
	loginName: string,
	memberId?: string
): Promise<void> {
	const rows = await db.orm
		.select({ id: members.id })
		.from(members)
		.where(eq(members.userId, loginName))
		.limit(1);
	if (rows[0] && rows[0].id !== memberId) throw loginNameTaken();
}

/** Inserts a new member; returns its id. */
export async function insertMember(
	db: Pick<Db, 'orm'>,
	displayName: string,
	loginName?: string
): Promise<string> {
	const id = crypto.randomUUID();
	await db.orm.insert(members).values({ id, userId: loginName ?? randomLoginName(), displayName });
	return id;
}
