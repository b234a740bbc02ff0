// Browser test set-up of a phone linked to a team server: an empty database holding one
// campaign and the link of the member the fake team server signs in (m1, a shopper of the
// campaign), and drafts made on this device.
import { vi } from 'vitest';
import type { Campaign, Evaluation } from '$lib/domain/record';
import { putCampaign } from '$lib/storage/campaigns';
import { getDeviceId } from '$lib/storage/device';
import { saveTeamLink, type TeamLink } from '$lib/storage/team';
import { setCsrf } from '$lib/sync/http';
import { T0 } from './builders';
import { wipeDatabase } from './database';
import { FakeTeamServer } from './fake-team-server';

/** The team link of the member the fake team server signs in: a shopper of the campaign. */
export function shopperLink(campaignId: string): TeamLink {
	return {
		memberId: 'm1',
		displayName: '김평가',
		orgs: [],
		memberships: [{ campaignId, role: 'shopper' }],
		linkedAt: T0,
		confirmedAt: T0
	};
}

/** A phone starting from nothing but the campaign and the shopper's team link. */
export async function linkedPhone(campaign: Campaign): Promise<void> {
	await wipeDatabase();
	await putCampaign(campaign, T0);
	await saveTeamLink(shopperLink(campaign.id));
}

/**
 * A linked phone (`linkedPhone`) whose `fetch` reaches a fake team server holding the campaign,
 * where the member is a shopper of it; `unlinkPhone` after the test undoes it.
 */
export async function linkedToFakeServer(campaign: Campaign): Promise<FakeTeamServer> {
	setCsrf(undefined);
	const server = new FakeTeamServer();
	server.campaigns = [campaign];
	server.shopperOf.add(campaign.id);
	vi.stubGlobal('fetch', server.fetch);
	await linkedPhone(campaign);
	return server;
}

/** Gives `fetch` back and deletes the phone's database. */
export async function unlinkPhone(): Promise<void> {
	vi.unstubAllGlobals();
	await wipeDatabase();
}

/** The evaluation as made on this device: its device id, and every change made by it. */
export async function madeHere(e: Evaluation): Promise<Evaluation> {
	const me = await getDeviceId();
	return { ...e, deviceId: me, changeLog: e.changeLog.map((c) => ({ ...c, by: me })) };
}
