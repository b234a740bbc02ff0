/**
 * The invites of a campaign as the people who may invite see them: those neither used nor
 * revoked, the expired ones for a week after they expired. An invite is named by its token's
 * SHA-256 (the only form the server keeps, which cannot be turned back into the link).
 */
import { z } from '../base/zod';
import { CampaignRole, Sha256Hex } from './protocol';

/** How long an expired invite stays in the list (days after it expired). */
export const EXPIRED_INVITE_SHOWN_DAYS = 7;

export const PendingInvite = z.object({
	id: Sha256Hex,
	role: CampaignRole,
	/** The name the inviter gave, if any. */
	displayName: z.string().optional(),
	createdAt: z.number().int(),
	/** Who made it, when the server knows them. */
	createdByName: z.string().optional(),
	expiresAt: z.number().int(),
	expired: z.boolean()
});
export type PendingInvite = z.infer<typeof PendingInvite>;

/** GET /campaigns/:id/invites: newest first. */
export const PendingInvites = z.array(PendingInvite);
