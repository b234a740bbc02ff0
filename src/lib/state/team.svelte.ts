/**
 * This device's place in a team: the team link kept on the device (so an offline phone still
 * knows its member, organisations and campaign roles) and whether the server still takes the
 * session. Nothing here ever blocks the phone: offline, or without a server, it stays as it was.
 */
import {
	campaignsWhere,
	can,
	mayRead,
	type Action,
	type Field
} from '$lib/domain/access/permissions';
import type { CampaignRole, SessionInfo } from '$lib/domain/sync/protocol';
import { syncRoutes } from '$lib/domain/sync/routes';
import { call, fetchSession, setCsrf, TeamRequestError } from '$lib/sync/http';
import { listCampaigns } from '$lib/storage/campaigns';
import { clearTeamLink, getTeamLink, saveTeamLink, type TeamLink } from '$lib/storage/team';

export class TeamState {
	#link = $state.raw<TeamLink | undefined>(undefined);
	#loaded = $state(false);
	#signedOut = $state(false);
	#offline = $state(false);
	#loading: Promise<void> | undefined;

	/** The team link, or undefined in solo mode (or before `load`). */
	get link(): TeamLink | undefined {
		return this.#link;
	}
	get loaded(): boolean {
		return this.#loaded;
	}
	/** The server answered 401: the session ended. The link (and every record) stays. */
	get signedOut(): boolean {
		return this.#signedOut;
	}
	/** The last refresh could not reach the server. */
	get offline(): boolean {
		return this.#offline;
	}

	/** Reads the link from the device once. */
	load(): Promise<void> {
		this.#loading ??= getTeamLink().then(
			(link) => {
				this.#link = link;
				this.#loaded = true;
			},
			() => {
				this.#loaded = true;
			}
		);
		return this.#loading;
	}

	/** Asks the server who is signed in and keeps the answer; never throws. */
	async refresh(): Promise<void> {
		await this.load();
		try {
			const info = await fetchSession();
			this.#offline = false;
			if (info) await this.adopt(info);
			else if (this.#link) this.#signedOut = true;
		} catch (error) {
			if (error instanceof TeamRequestError) this.#offline = error.kind === 'offline';
		}
	}

	/** Keeps a session the server answered with (sign-in, join, GET /session) as the link. */
	async adopt(info: SessionInfo): Promise<void> {
		setCsrf(info.csrf);
		const now = Date.now();
		const previous = this.#link?.memberId === info.member.id ? this.#link : undefined;
		const link: TeamLink = {
			memberId: info.member.id,
			displayName: info.member.displayName,
			orgs: info.orgs,
			memberships: info.memberships,
			linkedAt: previous?.linkedAt ?? now,
			confirmedAt: now
		};
		this.#link = link;
		this.#signedOut = false;
		this.#loaded = true;
		await saveTeamLink(link);
	}

	/** Ends the session on the server and goes back to solo mode; records stay on the device. */
	async signOut(): Promise<void> {
		try {
			await call(syncRoutes.signOut);
		} catch (error) {
			// Already signed out on the server: nothing more to end there.
			if (!(error instanceof TeamRequestError) || error.kind !== 'signed-out') throw error;
		}
		setCsrf(undefined);
		await clearTeamLink();
		this.#link = undefined;
		this.#signedOut = false;
	}

	/** The roles this member holds in a campaign, as last confirmed. */
	rolesIn(campaignId: string): CampaignRole[] {
		return (this.#link?.memberships ?? [])
			.filter((m) => m.campaignId === campaignId)
			.map((m) => m.role);
	}

	/** True when one of this member's roles in the campaign grants `action` (the permissions table). */
	can(campaignId: string, action: Action): boolean {
		return can(this.rolesIn(campaignId), action);
	}

	/** The campaigns where this member's roles grant `action`, in membership order. */
	campaignsWhere(action: Action): string[] {
		return campaignsWhere(this.#link?.memberships ?? [], action);
	}

	/** True when `action` is granted in at least one of this member's campaigns. */
	canSomewhere(action: Action): boolean {
		return this.campaignsWhere(action).length > 0;
	}

	/**
	 * Whether a screen shows a place for `field` of a record of the campaign: always for a
	 * campaign this member holds no role in (solo, or a file from elsewhere), else when one of
	 * their roles may read it (the server has already removed what they may not).
	 */
	shows(campaignId: string, field: Field): boolean {
		const roles = this.rolesIn(campaignId);
		return roles.length === 0 || mayRead(roles, field);
	}

	/**
	 * Campaign names by id: those on this device, then those the server lists (a campaign the
	 * phone has not received yet). Whatever cannot be read is left out.
	 */
	async campaignNames(): Promise<Record<string, string>> {
		const names: Record<string, string> = {};
		const [local, remote] = await Promise.allSettled([
			listCampaigns(),
			this.#link ? call(syncRoutes.campaigns) : Promise.resolve({ campaigns: [] })
		]);
		if (remote.status === 'fulfilled') {
			for (const c of remote.value.campaigns) names[c.campaign.id] = c.campaign.center.name;
		}
		if (local.status === 'fulfilled') for (const c of local.value) names[c.id] = c.center.name;
		return names;
	}

	/** The organisations this member owns (they may put campaigns on the server). */
	get ownedOrgs(): TeamLink['orgs'] {
		return (this.#link?.orgs ?? []).filter((o) => o.role === 'owner');
	}
}

export const team = new TeamState();
