/**
 * What a team member's role makes of the shopper's screens, decided by the permissions table
 * (never by a role's name): whether the home offers the shopper's work (새 평가 and its
 * how-to), and who 평가자 is when a new evaluation starts.
 */
import { campaignsWhere } from '$lib/domain/access/permissions';
import type { TeamLink } from '$lib/storage/team';

type Member = Pick<TeamLink, 'displayName' | 'memberships'>;

/** True where the member's roles let them write evaluations in at least one campaign. */
function writesEvaluations(link: Member): boolean {
	return campaignsWhere(link.memberships, 'evaluation.write').length > 0;
}

/**
 * Whether the home shows the shopper's work: always on a solo phone and for a member with no
 * campaign role yet, else only where a role grants writing evaluations.
 */
export function showsShopperWork(link: Member | undefined): boolean {
	return !link || link.memberships.length === 0 || writesEvaluations(link);
}

/**
 * The 평가자 a new evaluation starts with: the signed-in account's name for a member who
 * writes evaluations (the server knows them by it), else the name last typed on this device.
 */
export function evaluatorFor(link: Member | undefined, remembered: string): string {
	const name = link?.displayName.trim() ?? '';
	return link && name && writesEvaluations(link) ? name : remembered;
}
