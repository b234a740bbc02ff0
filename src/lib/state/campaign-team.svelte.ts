/**
 * The team of one campaign on the team server, as its coordinator or the organisation's owner
 * sees it: whether the campaign is on the server, its members, and invite links.
 */
import type { CampaignMember, CampaignRole, InviteCreated } from '$lib/domain/sync/protocol';
import type { Campaign } from '$lib/domain/record';
import { syncRoutes } from '$lib/domain/sync/routes';
import { call, TeamRequestError } from '$lib/sync/http';
import { team } from './team.svelte';

export type CampaignTeamStatus = 'loading' | 'absent' | 'ready' | 'failed';

export class CampaignTeam {
	#status = $state<CampaignTeamStatus>('loading');
	#members = $state.raw<CampaignMember[]>([]);
	#failure = $state.raw<unknown>(undefined);

	constructor(readonly campaignId: string) {}

	get status(): CampaignTeamStatus {
		return this.#status;
	}
	get members(): CampaignMember[] {
		return this.#members;
	}
	/** Why the last load failed (offline, forbidden…). */
	get failure(): unknown {
		return this.#failure;
	}

	/** Loads the members; a 404 means the campaign is not on the server yet. */
	async load(): Promise<void> {
		try {
			this.#members = await call(syncRoutes.members, { params: { id: this.campaignId } });
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

	invite(role: CampaignRole, displayName?: string): Promise<InviteCreated> {
		return call(syncRoutes.createInvite, {
			params: { id: this.campaignId },
			body: displayName ? { role, displayName } : { role }
		});
	}
}
