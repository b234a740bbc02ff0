// Test helpers for the sync services: a campaign with its people, each signed in with a
// registered device key, and signed pushes.
import { exportPublicKeyJwk, generateSigningKey } from '$lib/domain/exchange/signature';
import type { Campaign, Evaluation } from '$lib/domain/record';
import type { PushResponse } from '$lib/domain/sync/protocol';
import { buildCampaign, buildEvaluation } from '$lib/testing/builders';
import type { Session } from '../server/auth/session';
import type { Db, DbKind } from '../server/db';
import { addCampaign, addMember, addOrg, grant, signedIn, withFreshDb } from './server-db';
import { registerDeviceKey } from '../server/records/device-keys';
import { push } from '../server/records/push';
import { signCanonical } from './team-records';

export interface Person {
	id: string;
	session: Session;
	keys: CryptoKeyPair;
	fingerprint: string;
	deviceId: string;
}

/** A member signed in, with a registered device key. */
export async function person(db: Db, name: string): Promise<Person> {
	const m = await addMember(db, name);
	return withKey(db, m.id);
}

/** Signs in an existing member and registers a fresh device key for them. */
export async function withKey(db: Db, memberId: string): Promise<Person> {
	const { session } = await signedIn(db, memberId);
	const keys = await generateSigningKey();
	const deviceId = `d-${crypto.randomUUID()}`;
	const { fingerprint } = await registerDeviceKey(db, session, {
		deviceId,
		publicKeyJwk: await exportPublicKeyJwk(keys.publicKey)
	});
	return { id: memberId, session, keys, fingerprint, deviceId };
}

/** The base64 signature of canonicalize(records) by the key pair. */
export function signRecords(keys: CryptoKeyPair, records: unknown): Promise<string> {
	return signCanonical(keys.privateKey, records);
}

/** Pushes records as the person, signed with their key. */
export async function pushAs(
	db: Db,
	p: Person,
	records: unknown[],
	now?: number
): Promise<PushResponse> {
	return push(
		db,
		p.session,
		{
			deviceId: p.deviceId,
			fingerprint: p.fingerprint,
			signature: await signRecords(p.keys, records),
			records
		},
		now
	);
}

/** An organisation with one campaign, its coordinator, two shoppers and a manager. */
export async function team(db: Db, campaignOverrides: Partial<Campaign> = {}) {
	const org = await addOrg(db);
	const campaign = buildCampaign({ id: crypto.randomUUID(), ...campaignOverrides });
	const campaignId = await addCampaign(db, org.id, campaign);
	const owner = await withKey(db, org.owner.id);
	const coordinator = await person(db, '코디네이터');
	const shopper = await person(db, '쇼퍼 김');
	const other = await person(db, '쇼퍼 이');
	const manager = await person(db, '센터 관리자');
	await grant(db, campaignId, coordinator.id, 'coordinator');
	await grant(db, campaignId, shopper.id, 'shopper');
	await grant(db, campaignId, other.id, 'shopper');
	await grant(db, campaignId, manager.id, 'manager');
	return { orgId: org.id, owner, campaign, campaignId, coordinator, shopper, other, manager };
}

/** A final evaluation of the campaign with a fresh id. */
export function evaluationOf(
	campaignId: string,
	overrides: Parameters<typeof buildEvaluation>[0] = {}
): Evaluation {
	return buildEvaluation({ id: crypto.randomUUID(), campaignId, ...overrides });
}

export type Team = Awaited<ReturnType<typeof team>>;

/**
 * A suite's database: a fresh one of `kind` with a team, opened before the suite's tests
 * (handed to `ready`, which may set up more) and closed after them.
 */
export function withTeamDb(kind: DbKind, ready: (opened: { db: Db; tm: Team }) => unknown): void {
	withFreshDb(kind, async (db) => ready({ db, tm: await team(db) }));
}
