// What GET /session and every sign-in answer: the member, the CSRF token, their organisations
// and campaign roles, and which sign-in methods they have.
import { count, eq } from 'drizzle-orm';
import type { SessionInfo } from '$lib/domain/sync/protocol';
import type { Db } from '../db';
import { campaignMembers, credentials, orgMembers, organisations, passwords } from '../db/schema';
import type { Session } from './session';

export async function sessionInfo(db: Db, session: Session): Promise<SessionInfo> {
	const memberId = session.memberId;
	const [orgs, memberships, [keys], pw] = await Promise.all([
		db.orm
			.select({ id: organisations.id, name: organisations.name, role: orgMembers.role })
			.from(orgMembers)
			.innerJoin(organisations, eq(organisations.id, orgMembers.orgId))
			.where(eq(orgMembers.memberId, memberId))
			.orderBy(organisations.name),
		db.orm
			.select({ campaignId: campaignMembers.campaignId, role: campaignMembers.role })
			.from(campaignMembers)
			.where(eq(campaignMembers.memberId, memberId))
			.orderBy(campaignMembers.campaignId, campaignMembers.role),
		db.orm.select({ n: count() }).from(credentials).where(eq(credentials.memberId, memberId)),
		db.orm
			.select({ id: passwords.memberId })
			.from(passwords)
			.where(eq(passwords.memberId, memberId))
			.limit(1)
	]);
	return {
		member: { id: memberId, displayName: session.displayName },
		csrf: session.csrf,
		orgs,
		memberships,
		signIn: { passkeys: keys?.n ?? 0, password: pw.length > 0 }
	};
}
