import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { buildCampaign, buildTemplate } from '$lib/testing/builders';
import type { Db } from '../db';
import { campaignMembers } from '../db/schema';
import { addOrg, testDatabaseKinds, withFreshDb } from '../../testing/server-db';
import { listCampaigns, putCampaign } from './campaigns';
import { knownKeys, registerDeviceKey } from './device-keys';
import { person, team, withKey } from '../../testing/server-team';
import { exportPublicKeyJwk, fingerprintOf } from '$lib/domain/exchange/signature';

describe.each(testDatabaseKinds())('campaigns and device keys (%s)', (kind) => {
	let db: Db;
	withFreshDb(kind, (opened) => (db = opened));

	it('an owner creates a campaign and becomes its coordinator; the coordinator updates it', async () => {
		const org = await addOrg(db);
		const owner = await withKey(db, org.owner.id);
		const campaign = buildCampaign({ id: crypto.randomUUID() });
		expect(await putCampaign(db, owner.session, campaign.id, { orgId: org.id, campaign })).toEqual({
			version: 1
		});
		const roles = await db.orm
			.select({ role: campaignMembers.role })
			.from(campaignMembers)
			.where(eq(campaignMembers.campaignId, campaign.id));
		expect(roles).toEqual([{ role: 'coordinator' }]);
		const renamed = { ...campaign, center: { ...campaign.center, name: '새 센터' } };
		expect(
			await putCampaign(db, owner.session, campaign.id, { orgId: org.id, campaign: renamed })
		).toEqual({ version: 2 });
		const list = await listCampaigns(db, owner.session);
		expect(list.campaigns).toEqual([
			{ campaign: renamed, orgId: org.id, roles: ['coordinator'], version: 2 }
		]);
	});

	it('refuses a non-owner creating, a shopper updating, and an invalid body', async () => {
		const tm = await team(db);
		const stranger = await person(db, '외부인');
		const fresh = buildCampaign({ id: crypto.randomUUID() });
		await expect(
			putCampaign(db, stranger.session, fresh.id, { orgId: tm.orgId, campaign: fresh })
		).rejects.toMatchObject({ status: 403 });
		await expect(
			putCampaign(db, tm.shopper.session, tm.campaignId, { orgId: tm.orgId, campaign: tm.campaign })
		).rejects.toMatchObject({ status: 403 });
		const broken = { ...tm.campaign, template: buildTemplate({ criticalCheckIds: ['Z9-99'] }) };
		await expect(
			putCampaign(db, tm.coordinator.session, tm.campaignId, { orgId: tm.orgId, campaign: broken })
		).rejects.toMatchObject({ status: 422 });
		expect((await listCampaigns(db, stranger.session)).campaigns).toEqual([]);
		const forShopper = await listCampaigns(db, tm.shopper.session);
		expect(forShopper.campaigns.map((c) => [c.campaign.id, c.roles])).toEqual([
			[tm.campaignId, ['shopper']]
		]);
		// The organisation's owner sees it without a role in it.
		const forOwner = await listCampaigns(db, tm.owner.session);
		expect(forOwner.campaigns.map((c) => [c.campaign.id, c.roles])).toEqual([[tm.campaignId, []]]);
	});

	it('registers a key once per member (409 for another) and lists the keys of campaign peers to those who may know the signer', async () => {
		const tm = await team(db);
		const outsider = await person(db, '외부인');
		const jwk = await exportPublicKeyJwk(tm.shopper.keys.publicKey);
		expect(tm.shopper.fingerprint).toBe(await fingerprintOf(jwk));
		expect(
			await registerDeviceKey(db, tm.shopper.session, { deviceId: 'd-again', publicKeyJwk: jwk })
		).toEqual({ fingerprint: tm.shopper.fingerprint });
		await expect(
			registerDeviceKey(db, tm.other.session, { deviceId: 'd-x', publicKeyJwk: jwk })
		).rejects.toMatchObject({ status: 409 });
		const seen = (await knownKeys(db, tm.coordinator.session)).keys.map((k) => k.fingerprint);
		expect(seen.sort()).toEqual(
			[tm.coordinator, tm.shopper, tm.other, tm.manager].map((p) => p.fingerprint).sort()
		);
		// A center manager learns no shopper's key or name: only their own.
		const managerSees = (await knownKeys(db, tm.manager.session)).keys;
		expect(managerSees.map((k) => k.memberId)).toEqual([tm.manager.id]);
		expect((await knownKeys(db, outsider.session)).keys).toEqual([
			{
				fingerprint: outsider.fingerprint,
				memberId: outsider.id,
				displayName: '외부인',
				revoked: false
			}
		]);
	});
});
