// Device keys: the public keys members sign pushes with, and who they belong to.
import { and, eq, inArray } from 'drizzle-orm';
import { rolesThatRead } from '$lib/domain/access/permissions';
import { fingerprintOf } from '$lib/domain/exchange/signature';
import type { KnownKey, RegisterDeviceKey, RegisteredKey } from '$lib/domain/sync/protocol';
import type { Session } from '../auth/session';
import type { Db } from '../db';
import { campaignMembers, deviceKeys, members } from '../db/schema';
import { ApiError } from '../http/errors';

/** POST /device-keys: registers this device's key to the caller (again: no change). */
export async function registerDeviceKey(
	db: Db,
	session: Session,
	input: RegisterDeviceKey
): Promise<RegisteredKey> {
	const { kty, crv, x, y } = input.publicKeyJwk;
	const jwk = { kty, crv, x, y };
	const fingerprint = await fingerprintOf(jwk);
	await db.orm
		.insert(deviceKeys)
		.values({
			fingerprint,
			memberId: session.memberId,
			deviceId: input.deviceId,
			publicKeyJwk: jwk
		})
		.onConflictDoNothing();
	const rows = await db.orm
		.select({ memberId: deviceKeys.memberId })
		.from(deviceKeys)
		.where(eq(deviceKeys.fingerprint, fingerprint))
		.limit(1);
	if (rows[0]?.memberId !== session.memberId) {
		throw new ApiError(409, 'key-taken', 'This key is registered to another member.');
	}
	return { fingerprint };
}

/**
 * GET /device-keys: the caller's own keys, and those of everyone sharing a campaign where the
 * caller may learn who signed (`signer`): a center manager receives no shopper's key or name.
 */
export async function knownKeys(db: Db, session: Session): Promise<{ keys: KnownKey[] }> {
	const mine = await db.orm
		.select({ campaignId: campaignMembers.campaignId })
		.from(campaignMembers)
		.where(
			and(
				eq(campaignMembers.memberId, session.memberId),
				inArray(campaignMembers.role, rolesThatRead('signer'))
			)
		);
	const campaignIds = [...new Set(mine.map((m) => m.campaignId))];
	const memberIds = new Set([session.memberId]);
	if (campaignIds.length > 0) {
		const others = await db.orm
			.select({ memberId: campaignMembers.memberId })
			.from(campaignMembers)
			.where(inArray(campaignMembers.campaignId, campaignIds));
		for (const o of others) memberIds.add(o.memberId);
	}
	const rows = await db.orm
		.select({
			fingerprint: deviceKeys.fingerprint,
			memberId: deviceKeys.memberId,
			displayName: members.displayName,
			revokedAt: deviceKeys.revokedAt
		})
		.from(deviceKeys)
		.innerJoin(members, eq(members.id, deviceKeys.memberId))
		.where(inArray(deviceKeys.memberId, [...memberIds]))
		.orderBy(deviceKeys.fingerprint);
	return {
		keys: rows.map((r) => ({
			fingerprint: r.fingerprint,
			memberId: r.memberId,
			displayName: r.displayName,
			revoked: r.revokedAt !== null
		}))
	};
}
