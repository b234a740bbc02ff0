// Campaigns on the server: listed for the people who take part (and their organisation's
// owners), created by an owner (who takes the creator's role in it), changed by a role that may
// edit it.
import { and, eq, inArray, or, sql } from 'drizzle-orm';
import { CREATOR_ROLE } from '$lib/domain/access/permissions';
import { catalog } from '$lib/domain/catalog';
import { parseCampaign, type Campaign } from '$lib/domain/record';
import type {
	CampaignList,
	CampaignRole,
	PutCampaign,
	PutCampaignResult
} from '$lib/domain/sync/protocol';
import type { Session } from '../auth/session';
import { orgRole, requireAction } from '../auth/access';
import type { Db, Orm } from '../db';
import { campaignMembers, campaigns, orgMembers } from '../db/schema';
import { forbidden, invalid } from '../http/errors';
import { refreshReadings } from './derive';

/** The organisation a campaign belongs to, or undefined when there is no such campaign. */
export async function orgOfCampaign(orm: Orm, campaignId: string): Promise<string | undefined> {
	const rows = await orm
		.select({ orgId: campaigns.orgId })
		.from(campaigns)
		.where(eq(campaigns.id, campaignId))
		.limit(1);
	return rows[0]?.orgId;
}

/** GET /campaigns: every campaign the caller holds a role in or whose organisation they own. */
export async function listCampaigns(db: Db, session: Session): Promise<CampaignList> {
	const roleRows = await db.orm
		.select({ campaignId: campaignMembers.campaignId, role: campaignMembers.role })
		.from(campaignMembers)
		.where(eq(campaignMembers.memberId, session.memberId));
	const owned = await db.orm
		.select({ orgId: orgMembers.orgId })
		.from(orgMembers)
		.where(and(eq(orgMembers.memberId, session.memberId), eq(orgMembers.role, 'owner')));
	const ids = [...new Set(roleRows.map((r) => r.campaignId))];
	const conds = [];
	if (ids.length > 0) conds.push(inArray(campaigns.id, ids));
	if (owned.length > 0)
		conds.push(
			inArray(
				campaigns.orgId,
				owned.map((o) => o.orgId)
			)
		);
	if (conds.length === 0) return { campaigns: [] };
	const rows = await db.orm
		.select()
		.from(campaigns)
		.where(or(...conds))
		.orderBy(campaigns.id);
	const out: CampaignList['campaigns'] = [];
	for (const row of rows) {
		const parsed = parseCampaign(row.body);
		if (!parsed.ok) continue; // a row no device could read is not handed out
		const roles: CampaignRole[] = roleRows
			.filter((r) => r.campaignId === row.id)
			.map((r) => r.role)
			.sort();
		out.push({ campaign: parsed.value, orgId: row.orgId, roles, version: row.version });
	}
	return { campaigns: out };
}

/**
 * PUT /campaigns/:id: the organisation's owner creates a campaign (and becomes its
 * coordinator); a coordinator stores a new body. Every write bumps the version.
 */
export async function putCampaign(
	db: Db,
	session: Session,
	id: string,
	input: PutCampaign,
	now = Date.now()
): Promise<PutCampaignResult> {
	const parsed = parseCampaign(input.campaign, { catalog });
	if (!parsed.ok) {
		throw invalid(parsed.errors.map((e) => `campaign.${e.path}: ${e.message}`).join('; '));
	}
	const campaign: Campaign = parsed.value;
	if (campaign.id !== id) throw invalid('campaign.id: must be the id in the address');

	if ((await orgOfCampaign(db.orm, id)) === undefined) {
		if ((await orgRole(db, session.memberId, input.orgId)) !== 'owner') {
			throw forbidden('Only an owner of the organisation may create its campaigns.');
		}
		const created = await db.orm.transaction(async (tx) => {
			const inserted = await tx
				.insert(campaigns)
				.values({ id, orgId: input.orgId, body: campaign, version: 1 })
				.onConflictDoNothing()
				.returning({ version: campaigns.version });
			if (inserted.length === 0) return null;
			await tx
				.insert(campaignMembers)
				.values({ campaignId: id, memberId: session.memberId, role: CREATOR_ROLE })
				.onConflictDoNothing();
			return inserted[0]!.version;
		});
		// Created by someone else a moment ago: treat as an update.
		if (created !== null) return { version: created };
	}

	await requireAction(db, session.memberId, id, 'campaign.edit');
	const currentOrg = await orgOfCampaign(db.orm, id);
	if (currentOrg !== undefined && currentOrg !== input.orgId) {
		throw invalid('orgId: a campaign cannot move to another organisation');
	}
	const updated = await db.orm
		.update(campaigns)
		.set({
			body: campaign,
			version: sql`${campaigns.version} + 1`,
			// The tallies hold per-check codes derived with the campaign's scoring rules: new rules
			// have them rebuilt before the next report.
			tallied: sql`${campaigns.tallied}
				and ${campaigns.body} -> 'template' is not distinct from ${JSON.stringify(campaign.template)}::jsonb
				and ${campaigns.body} -> 'emailAnswerStandardHours' is not distinct from ${JSON.stringify(campaign.emailAnswerStandardHours) ?? null}::jsonb`
		})
		.where(eq(campaigns.id, id))
		.returning({ version: campaigns.version });
	// Drafts score under the campaign's template: their readings change with it.
	await refreshReadings(db.orm as Orm, id, now, true);
	return { version: updated[0]!.version };
}
