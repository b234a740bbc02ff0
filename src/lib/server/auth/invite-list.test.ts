import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Db } from '../db';
import { invites } from '../db/schema';
import { failure } from '../../testing/api-failure';
import {
	addCoordinatedCampaign,
	addPerson,
	signedIn,
	testDatabaseKinds,
	withFreshDb
} from '../../testing/server-db';
import { acceptInvite, createInvite, insertInvite, readInvite } from './invites';
import { listInvites, renewInvite, revokeInvite } from './invite-list';
import { rolesIn } from './access';

const ORIGIN = 'https://team.example';
const DAY = 86_400_000;

const CENTER = { center: { name: '가나 고객센터' } };

const tokenOf = (url: string) => url.split('#')[1] ?? '';

describe.each(testDatabaseKinds())('pending invites (%s)', (kind) => {
	let db: Db;
	withFreshDb(kind, (opened) => (db = opened));

	async function campaignWithTeam() {
		const { org, campaignId, coordinator } = await addCoordinatedCampaign(db, '박코디', CENTER);
		const shopper = await addPerson(db, campaignId, '김평가', 'shopper');
		const manager = await addPerson(db, campaignId, '최센터', 'manager');
		return {
			org,
			campaignId,
			c: coordinator.session,
			s: shopper.session,
			m: manager.session,
			o: (await signedIn(db, org.owner.id)).session
		};
	}

	const stored = async (id: string) =>
		(await db.orm.select().from(invites).where(eq(invites.tokenHash, id)))[0];

	it('lists pending invites, newest first, with role, name, maker, creation and expiry (7 days)', async () => {
		const { campaignId, c } = await campaignWithTeam();
		const t0 = new Date('2026-03-02T01:00:00Z');
		const first = await createInvite(
			db,
			c,
			campaignId,
			{ role: 'shopper', displayName: '이평가' },
			ORIGIN,
			t0
		);
		const second = await createInvite(
			db,
			c,
			campaignId,
			{ role: 'manager' },
			ORIGIN,
			new Date(t0.getTime() + 60_000)
		);
		const list = await listInvites(db, c, campaignId, new Date(t0.getTime() + 120_000));
		expect(list).toEqual([
			{
				id: second.id,
				role: 'manager',
				createdAt: t0.getTime() + 60_000,
				createdByName: '박코디',
				expiresAt: t0.getTime() + 60_000 + 7 * DAY,
				expired: false
			},
			{
				id: first.id,
				role: 'shopper',
				displayName: '이평가',
				createdAt: t0.getTime(),
				createdByName: '박코디',
				expiresAt: t0.getTime() + 7 * DAY,
				expired: false
			}
		]);
		// The id is the stored hash, never the token.
		expect(list.map((i) => i.id)).not.toContain(tokenOf(first.url));
	});

	it('leaves out used and revoked invites; shows expired ones as expired for a week, then not', async () => {
		const { org, campaignId, c } = await campaignWithTeam();
		const now = new Date();
		const used = await createInvite(db, c, campaignId, { role: 'shopper' }, ORIGIN);
		await acceptInvite(db, null, tokenOf(used.url), { displayName: '새 사람' }, '10.1.0.1');
		const revoked = await createInvite(db, c, campaignId, { role: 'shopper' }, ORIGIN);
		await revokeInvite(db, c, campaignId, revoked.id);
		const expired = await insertInvite(
			db,
			{ orgId: org.id, campaignId, role: 'shopper', displayName: '늦음' },
			new Date(now.getTime() - 8 * DAY)
		);
		const long = await insertInvite(
			db,
			{ orgId: org.id, campaignId, role: 'shopper' },
			new Date(now.getTime() - 15 * DAY)
		);
		const list = await listInvites(db, c, campaignId, now);
		expect(list.map((i) => [i.id, i.expired])).toEqual([[expired.id, true]]);
		expect(list.map((i) => i.id)).not.toContain(long.id);
	});

	it('a coordinator sees the roles they may invite; the owner sees every role', async () => {
		const { campaignId, c, o } = await campaignWithTeam();
		const byOwner = await createInvite(db, o, campaignId, { role: 'coordinator' }, ORIGIN);
		const byCoordinator = await createInvite(db, c, campaignId, { role: 'shopper' }, ORIGIN);
		expect((await listInvites(db, c, campaignId)).map((i) => i.id)).toEqual([byCoordinator.id]);
		expect((await listInvites(db, o, campaignId)).map((i) => i.id).sort()).toEqual(
			[byOwner.id, byCoordinator.id].sort()
		);
		// Nor may the coordinator revoke or renew the owner's coordinator invite.
		expect((await failure(revokeInvite(db, c, campaignId, byOwner.id))).status).toBe(403);
		expect((await failure(renewInvite(db, c, campaignId, byOwner.id, ORIGIN))).status).toBe(403);
		expect((await stored(byOwner.id))?.revokedAt).toBeNull();
	});

	it('shoppers and managers may not list, revoke or renew (403, nothing changed)', async () => {
		const { campaignId, c, s, m } = await campaignWithTeam();
		const made = await createInvite(db, c, campaignId, { role: 'shopper' }, ORIGIN);
		const before = await db.orm.select().from(invites);
		for (const who of [s, m]) {
			expect((await failure(listInvites(db, who, campaignId))).status).toBe(403);
			expect((await failure(revokeInvite(db, who, campaignId, made.id))).status).toBe(403);
			expect((await failure(renewInvite(db, who, campaignId, made.id, ORIGIN))).status).toBe(403);
		}
		expect(await db.orm.select().from(invites)).toEqual(before);
		expect((await readInvite(db, tokenOf(made.url), '10.1.1.1')).role).toBe('shopper');
	});

	it('a revoked link answers "revoked" at once and cannot be accepted', async () => {
		const { campaignId, c } = await campaignWithTeam();
		const made = await createInvite(db, c, campaignId, { role: 'shopper' }, ORIGIN);
		expect(await revokeInvite(db, c, campaignId, made.id)).toEqual({ ok: true });
		const read = await failure(readInvite(db, tokenOf(made.url), '10.1.2.1'));
		expect([read.status, read.code]).toEqual([410, 'invite-revoked']);
		const accepted = await failure(
			acceptInvite(db, null, tokenOf(made.url), { displayName: '누구' }, '10.1.2.1')
		);
		expect([accepted.status, accepted.code]).toEqual([410, 'invite-revoked']);
		expect((await stored(made.id))?.usedAt).toBeNull();
		// Revoking again is harmless.
		expect(await revokeInvite(db, c, campaignId, made.id)).toEqual({ ok: true });
	});

	it('a used invite cannot be revoked (409); an unknown one is 404', async () => {
		const { campaignId, c } = await campaignWithTeam();
		const made = await createInvite(db, c, campaignId, { role: 'shopper' }, ORIGIN);
		await acceptInvite(db, null, tokenOf(made.url), { displayName: '들어온 사람' }, '10.1.3.1');
		const refused = await failure(revokeInvite(db, c, campaignId, made.id));
		expect([refused.status, refused.code]).toEqual([409, 'invite-used']);
		expect((await stored(made.id))?.revokedAt).toBeNull();
		expect((await failure(revokeInvite(db, c, campaignId, 'f'.repeat(64)))).status).toBe(404);
	});

	it('a new link keeps role and name, starts a fresh 7 days, and revokes the old link', async () => {
		const { campaignId, c } = await campaignWithTeam();
		const old = await createInvite(
			db,
			c,
			campaignId,
			{ role: 'manager', displayName: '최센터2' },
			ORIGIN,
			new Date(Date.now() - 9 * DAY)
		);
		const now = new Date();
		const renewed = await renewInvite(db, c, campaignId, old.id, ORIGIN, now);
		expect(renewed.id).not.toBe(old.id);
		expect(renewed.expiresAt).toBe(now.getTime() + 7 * DAY);
		expect((await failure(readInvite(db, tokenOf(old.url), '10.1.4.1'))).code).toBe(
			'invite-revoked'
		);
		expect(await readInvite(db, tokenOf(renewed.url), '10.1.4.1')).toMatchObject({
			role: 'manager',
			displayName: '최센터2'
		});
		expect((await listInvites(db, c, campaignId, now)).map((i) => i.id)).toEqual([renewed.id]);
		const accepted = await acceptInvite(
			db,
			null,
			tokenOf(renewed.url),
			{ displayName: '최센터2' },
			'10.1.4.1'
		);
		expect(await rolesIn(db, accepted.memberId, campaignId)).toEqual(['manager']);
		// A revoked invite is not renewed again.
		expect((await failure(renewInvite(db, c, campaignId, old.id, ORIGIN))).status).toBe(410);
	});
});
