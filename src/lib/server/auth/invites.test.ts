import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Db } from '../db';
import { campaignMembers, invites, members, orgMembers, organisations } from '../db/schema';
import { failure } from '../../testing/api-failure';
import {
	addCampaign,
	addCoordinatedCampaign,
	addMember,
	grant,
	signedIn,
	testDatabaseKinds,
	withFreshDb
} from '../../testing/server-db';
import {
	acceptInvite,
	createInvite,
	insertInvite,
	listMembers,
	readInvite,
	removeMember
} from './invites';
import { rolesIn } from './access';

const ORIGIN = 'https://team.example';

const tokenOf = (url: string) => url.split('#')[1] ?? '';

describe.each(testDatabaseKinds())('invites (%s)', (kind) => {
	let db: Db;
	withFreshDb(kind, (opened) => (db = opened));

	const campaignWithCoordinator = () =>
		addCoordinatedCampaign(db, '박코디', { center: { name: '가나 고객센터' } });

	const inviteCount = async () => (await db.orm.select().from(invites)).length;

	it('a coordinator invites a shopper; the invite reads back and is accepted once', async () => {
		const { org, campaignId, coordinator } = await campaignWithCoordinator();
		const { session } = await signedIn(db, coordinator.id);
		const created = await createInvite(
			db,
			session,
			campaignId,
			{ role: 'shopper', displayName: '김평가' },
			ORIGIN
		);
		expect(created.url).toMatch(/^https:\/\/team\.example\/join#[\w-]{40,}$/);
		const token = tokenOf(created.url);
		// Only the token's hash is stored.
		const stored = await db.orm.select().from(invites);
		expect(stored.some((i) => i.tokenHash === token)).toBe(false);

		const info = await readInvite(db, token, '10.0.0.1');
		expect(info).toEqual({
			orgName: '한국서비스품질원',
			campaignName: '가나 고객센터',
			role: 'shopper',
			displayName: '김평가',
			expiresAt: created.expiresAt
		});

		const accepted = await acceptInvite(
			db,
			null,
			token,
			{ displayName: '김평가', loginName: 'kim.p' },
			'10.0.0.1'
		);
		expect(accepted.newSession).toBe(true);
		expect(await rolesIn(db, accepted.memberId, campaignId)).toEqual(['shopper']);
		const [member] = await db.orm.select().from(members).where(eq(members.id, accepted.memberId));
		expect(member?.userId).toBe('kim.p');
		const [om] = await db.orm
			.select()
			.from(orgMembers)
			.where(eq(orgMembers.memberId, accepted.memberId));
		expect(om).toMatchObject({ orgId: org.id, role: 'member' });

		// Second accept: 410, and no second member.
		const before = (await db.orm.select().from(members)).length;
		const again = await failure(
			acceptInvite(db, null, token, { displayName: '누군가' }, '10.0.0.2')
		);
		expect([again.status, again.code]).toEqual([410, 'invite-used']);
		expect((await db.orm.select().from(members)).length).toBe(before);
		expect((await failure(readInvite(db, token, '10.0.0.1'))).status).toBe(410);
	});

	it('a used invite reopened by the member who used it reads as joined; to anyone else it is used', async () => {
		const { campaignId, coordinator } = await campaignWithCoordinator();
		const c = await signedIn(db, coordinator.id);
		const { url } = await createInvite(db, c.session, campaignId, { role: 'shopper' }, ORIGIN);
		const token = tokenOf(url);
		const { memberId } = await acceptInvite(db, null, token, { displayName: '정평가' }, '10.0.7.1');
		const own = await signedIn(db, memberId);
		expect(await readInvite(db, token, '10.0.7.1', new Date(), own.session)).toMatchObject({
			role: 'shopper',
			campaignName: '가나 고객센터',
			joined: true,
			campaignId
		});
		// Signed out, or signed in as someone else: used, and no campaign id.
		for (const session of [null, c.session]) {
			const refused = await failure(readInvite(db, token, '10.0.7.1', new Date(), session));
			expect([refused.status, refused.code]).toEqual([410, 'invite-used']);
		}
		// A pending invite never names its campaign's id to a reader.
		const pending = await createInvite(db, c.session, campaignId, { role: 'manager' }, ORIGIN);
		const info = await readInvite(db, tokenOf(pending.url), '10.0.7.1', new Date(), own.session);
		expect(info.joined).toBeUndefined();
		expect(info.campaignId).toBeUndefined();
	});

	it('an expired invite is refused with 410 and changes nothing', async () => {
		const { org, campaignId } = await campaignWithCoordinator();
		const past = new Date(Date.now() - 8 * 86_400_000);
		const { token } = await insertInvite(db, { orgId: org.id, campaignId, role: 'shopper' }, past);
		expect((await failure(readInvite(db, token, '10.0.1.1'))).code).toBe('invite-expired');
		const before = (await db.orm.select().from(members)).length;
		const refused = await failure(
			acceptInvite(db, null, token, { displayName: '늦은 사람' }, '10.0.1.1')
		);
		expect([refused.status, refused.code]).toEqual([410, 'invite-expired']);
		expect((await db.orm.select().from(members)).length).toBe(before);
		const [row] = await db.orm.select().from(invites).where(eq(invites.campaignId, campaignId));
		expect(row?.usedAt).toBeNull();
	});

	it('an unknown token is 404 and counts toward the address limit (429 after 30)', async () => {
		const ip = '10.0.2.1';
		expect((await failure(readInvite(db, 'no-such-token', ip))).status).toBe(404);
		for (let i = 0; i < 29; i++)
			await failure(acceptInvite(db, null, `guess-${i}`, { displayName: 'x' }, ip));
		const limited = await failure(readInvite(db, 'another-guess', ip));
		expect(limited.status).toBe(429);
		expect(Number(limited.headers?.['retry-after'])).toBeGreaterThan(0);
		// Even a real token is refused from that address until the window passes.
		const { org, campaignId } = await campaignWithCoordinator();
		const { token } = await insertInvite(db, { orgId: org.id, campaignId, role: 'shopper' });
		expect((await failure(acceptInvite(db, null, token, { displayName: 'x' }, ip))).status).toBe(
			429
		);
		expect(await rolesIn(db, 'nobody', campaignId)).toEqual([]);
		// Another address is not affected.
		expect((await readInvite(db, token, '10.0.2.2')).role).toBe('shopper');
	});

	it('a shopper may not invite (403), nor a coordinator into another campaign', async () => {
		const { org, campaignId, coordinator } = await campaignWithCoordinator();
		const other = await addCampaign(db, org.id, { center: { name: '다른 센터' } } as object);
		const shopper = await addMember(db, '쇼퍼');
		await grant(db, campaignId, shopper.id, 'shopper');
		const before = await inviteCount();
		const s = await signedIn(db, shopper.id);
		expect(
			(await failure(createInvite(db, s.session, campaignId, { role: 'shopper' }, ORIGIN))).status
		).toBe(403);
		const c = await signedIn(db, coordinator.id);
		expect(
			(await failure(createInvite(db, c.session, other, { role: 'shopper' }, ORIGIN))).status
		).toBe(403);
		expect(
			(await failure(createInvite(db, c.session, 'no-such-campaign', { role: 'shopper' }, ORIGIN)))
				.status
		).toBe(404);
		expect(await inviteCount()).toBe(before);
	});

	it('only an owner invites a coordinator', async () => {
		const { org, campaignId, coordinator } = await campaignWithCoordinator();
		const before = await inviteCount();
		const c = await signedIn(db, coordinator.id);
		const refused = await failure(
			createInvite(db, c.session, campaignId, { role: 'coordinator' }, ORIGIN)
		);
		expect(refused.status).toBe(403);
		expect(await inviteCount()).toBe(before);
		const o = await signedIn(db, org.owner.id);
		const created = await createInvite(db, o.session, campaignId, { role: 'coordinator' }, ORIGIN);
		expect((await readInvite(db, tokenOf(created.url), '10.0.3.1')).role).toBe('coordinator');
	});

	it('accepting while signed in adds the role to that member', async () => {
		const { campaignId, coordinator } = await campaignWithCoordinator();
		const c = await signedIn(db, coordinator.id);
		const { url } = await createInvite(db, c.session, campaignId, { role: 'manager' }, ORIGIN);
		const result = await acceptInvite(
			db,
			c.session,
			tokenOf(url),
			{ displayName: '박코디' },
			'10.0.4.1'
		);
		expect(result).toEqual({ memberId: coordinator.id, newSession: false });
		expect((await rolesIn(db, coordinator.id, campaignId)).sort()).toEqual([
			'coordinator',
			'manager'
		]);
	});

	it('an owner invite makes an owner and may rename the organisation', async () => {
		const orgId = crypto.randomUUID();
		await db.orm.insert(organisations).values({ id: orgId, name: '새 기관' });
		const { token } = await insertInvite(db, { orgId, role: 'owner' });
		expect(await readInvite(db, token, '10.0.5.1')).toMatchObject({
			orgName: '새 기관',
			role: 'owner'
		});
		const { memberId } = await acceptInvite(
			db,
			null,
			token,
			{ displayName: '대표', orgName: '품질원' },
			'10.0.5.1'
		);
		const [om] = await db.orm.select().from(orgMembers).where(eq(orgMembers.memberId, memberId));
		expect(om).toMatchObject({ orgId, role: 'owner' });
		const [org] = await db.orm.select().from(organisations).where(eq(organisations.id, orgId));
		expect(org?.name).toBe('품질원');
	});

	it('a taken login name is 409 and leaves the invite unused', async () => {
		const { org, campaignId } = await campaignWithCoordinator();
		const taken = await addMember(db, '있는 사람');
		const { token } = await insertInvite(db, { orgId: org.id, campaignId, role: 'shopper' });
		const refused = await failure(
			acceptInvite(db, null, token, { displayName: 'x', loginName: taken.id }, '10.0.6.1')
		);
		expect(refused.status).toBe(409);
		expect((await readInvite(db, token, '10.0.6.1')).role).toBe('shopper');
	});

	it('coordinators list members and remove a role at once; others get 403', async () => {
		const { campaignId, coordinator } = await campaignWithCoordinator();
		const shopper = await addMember(db, '가쇼퍼');
		await grant(db, campaignId, shopper.id, 'shopper');
		await grant(db, campaignId, shopper.id, 'manager');
		const c = await signedIn(db, coordinator.id);
		const list = await listMembers(db, c.session, campaignId);
		expect(list).toEqual([
			{ memberId: shopper.id, displayName: '가쇼퍼', roles: ['manager', 'shopper'] },
			{ memberId: coordinator.id, displayName: '박코디', roles: ['coordinator'] }
		]);
		const s = await signedIn(db, shopper.id);
		expect((await failure(listMembers(db, s.session, campaignId))).status).toBe(403);
		expect(
			(await failure(removeMember(db, s.session, campaignId, coordinator.id, 'coordinator'))).status
		).toBe(403);
		// A coordinator cannot remove a coordinator (the owner's call).
		expect(
			(await failure(removeMember(db, c.session, campaignId, coordinator.id, 'coordinator'))).status
		).toBe(403);
		expect(await rolesIn(db, coordinator.id, campaignId)).toEqual(['coordinator']);

		await removeMember(db, c.session, campaignId, shopper.id, 'shopper');
		expect(await rolesIn(db, shopper.id, campaignId)).toEqual(['manager']);
		expect(
			(await failure(removeMember(db, c.session, campaignId, shopper.id, 'shopper'))).status
		).toBe(404);
		const rows = await db.orm
			.select()
			.from(campaignMembers)
			.where(eq(campaignMembers.memberId, shopper.id));
		expect(rows.map((r) => r.role)).toEqual(['manager']);
	});
});
