/**
 * The team of one campaign on the team server, as its coordinator or the organisation's owner
 * sees it: whether the campaign is on the server, its members, and its pending invites. A
 * link can be copied again only in the tab that made it (the server keeps its hash alone);
 * for any other, `renew` makes a new link and revokes the old one.
 */
import type { CampaignMember, CampaignRole, InviteCreated } from '$lib/domain/sync/protocol';
import type { Campaign } from '$lib/domain/record';
import type { PendingInvite } from '$lib/domain/sync/invites';
import { syncRoutes } from '$lib/domain/sync/routes';
import { call, TeamRequestError } from '$lib/sync/http';
import { forgetMadeLink, madeLink, rememberMadeLink } from '$lib/storage/invite-links';
import { team } from './team.svelte';

export type CampaignTeamStatus = 'loading' | 'absent' | 'ready' | 'failed';

export class CampaignTeam {
	#status = $state<CampaignTeamStatus>('loading');
	#members = $state.raw<CampaignMember[]>([]);
	#invites = $state.raw<PendingInvite[]>([]);
	/** The links made in this tab, by invite id. */
	#links = $state.raw<Record<string, string>>({});
	#failure = $state.raw<unknown>(undefined);

	constructor(readonly campaignId: string) {}

	get status(): CampaignTeamStatus {
		return this.#status;
	}
	get members(): CampaignMember[] {
		return this.#members;
	}
	/** The invites not yet used nor revoked that this member may manage, newest first. */
	get invites(): PendingInvite[] {
		return this.#invites;
	}
	/** An invite's link, when this tab made it. */
	linkOf(id: string): string | undefined {
		return this.#links[id];
	}
	/** Why the last load failed (offline, forbidden…). */
	get failure(): unknown {
		return this.#failure;
	}

	/** Loads the members and invites; a 404 means the campaign is not on the server yet. */
	async load(): Promise<void> {
		try {
			const params = { id: this.campaignId };
			const [members, invites] = await Promise.all([
				call(syncRoutes.members, { params }),
				call(syncRoutes.invites, { params })
			]);
			this.#members = members;
			this.#setInvites(invites);
			this.#status = 'ready';
			this.#failure = undefined;
		} catch (error) {
			if (error instanceof TeamRequestError && error.kind === 'not-found') {
				this.#status = 'absent';
			} else {
				this.#failure = error;
				this.#status = 'failed';
			}
		}
	}

	/** Puts the campaign on the server under an organisation the member owns. */
	async upload(orgId: string, campaign: Campaign): Promise<void> {
		await call(syncRoutes.putCampaign, {
			params: { id: this.campaignId },
			body: { orgId, campaign }
		});
		await team.refresh();
		await this.load();
	}

	async remove(memberId: string, role: CampaignRole): Promise<void> {
		await call(syncRoutes.removeMember, { params: { id: this.campaignId, memberId, role } });
		await this.load();
	}

	async invite(role: CampaignRole, displayName?: string): Promise<InviteCreated> {
		const made = await call(syncRoutes.createInvite, {
			params: { id: this.campaignId },
			body: displayName ? { role, displayName } : { role }
		});
		return this.#made(made);
	}

	/** A new link for the invite; the old one stops working at once. */
	async renew(inviteId: string): Promise<InviteCreated> {
		const made = await call(syncRoutes.renewInvite, {
			params: { id: this.campaignId, inviteId }
		});
		forgetMadeLink(inviteId);
		return this.#made(made);
	}

	/** Revokes the invite: its link answers "revoked" from now on. */
	async revoke(inviteId: string): Promise<void> {
		await call(syncRoutes.revokeInvite, { params: { id: this.campaignId, inviteId } });
		forgetMadeLink(inviteId);
		await this.#reloadInvites();
	}

	async #made(made: InviteCreated): Promise<InviteCreated> {
		rememberMadeLink(made.id, made.url);
		try {
			await this.#reloadInvites();
		} catch {
			// The invite is made and its link shown; the list catches up at the next load.
		}
		return made;
	}

	async #reloadInvites(): Promise<void> {
		this.#setInvites(await call(syncRoutes.invites, { params: { id: this.campaignId } }));
	}

	#setInvites(invites: PendingInvite[]): void {
		this.#invites = invites;
		const links: Record<string, string> = {};
		for (const invite of invites) {
			const url = madeLink(invite.id);
			if (url) links[invite.id] = url;
		}
		this.#links = links;
	}
}
