// Setting up an organisation: with the server's SETUP_TOKEN (POST /orgs), or, when none is
// configured, through a single-use setup link the server makes at its first start.
import { and, eq, gt, isNull } from 'drizzle-orm';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { timingSafeEqual } from 'node:crypto';
import type { CreateOrg } from '$lib/domain/sync/protocol';
import type { Db } from '../db';
import { invites, orgMembers, organisations } from '../db/schema';
import { ApiError, forbidden } from '../http/errors';
import { insertInvite } from './invites';
import { insertMember } from './members';
import { checkRateLimit, recordFailure, signInLimits } from './rate-limit';
import { sha256Hex } from './session';

/** The name of an organisation made by the setup link, until its owner renames it. */
export const NEW_ORG_NAME = '새 기관';
export const SETUP_LINK_FILE = 'setup-link.txt';

/** Constant-time comparison (of the SHA-256s, so lengths never leak either). */
export function tokensMatch(expected: string, presented: string): boolean {
	const a = Buffer.from(sha256Hex(expected), 'hex');
	const b = Buffer.from(sha256Hex(presented), 'hex');
	return timingSafeEqual(a, b);
}

/** POST /orgs: a new organisation whose owner is a new member; answers the member's id. */
export async function createOrganisation(
	db: Db,
	setupToken: string | undefined,
	input: CreateOrg,
	ip: string,
	now = new Date()
): Promise<{ orgId: string; memberId: string }> {
	if (!setupToken) {
		throw new ApiError(404, 'setup-disabled', 'This server does not take a setup token.');
	}
	const limits = signInLimits(ip);
	await checkRateLimit(db, limits, now);
	if (!tokensMatch(setupToken, input.setupToken)) {
		await recordFailure(db, limits, now);
		throw forbidden('The setup token is wrong.');
	}
	return db.orm.transaction(async (tx) => {
		const orgId = crypto.randomUUID();
		await tx.insert(organisations).values({ id: orgId, name: input.orgName });
		const memberId = await insertMember({ orm: tx }, input.displayName);
		await tx.insert(orgMembers).values({ orgId, memberId, role: 'owner' });
		return { orgId, memberId };
	});
}

/**
 * At start, without a setup token: when no organisation has an owner yet, makes sure a valid
 * setup link exists (a single-use owner invite of a new organisation, 7 days) and returns it,
 * printed by the caller and kept in DATA_DIR/setup-link.txt (the only place the link is kept).
 */
export async function ensureSetupLink(
	db: Db,
	options: { origin: string; dataDir: string },
	now = new Date()
): Promise<string | undefined> {
	const owners = await db.orm
		.select({ orgId: orgMembers.orgId })
		.from(orgMembers)
		.where(eq(orgMembers.role, 'owner'))
		.limit(1);
	if (owners.length > 0) return undefined;

	const file = join(resolve(options.dataDir), SETUP_LINK_FILE);
	const open = await db.orm
		.select({ tokenHash: invites.tokenHash, orgId: invites.orgId })
		.from(invites)
		.where(
			and(
				eq(invites.role, 'owner'),
				isNull(invites.campaignId),
				isNull(invites.usedAt),
				gt(invites.expiresAt, now)
			)
		);
	if (existsSync(file)) {
		const link = readFileSync(file, 'utf8').trim();
		const token = link.split('#')[1] ?? '';
		if (token && open.some((i) => i.tokenHash === sha256Hex(token))) return link;
	}
	// The link is lost or no longer valid: retire any open one and make a new one.
	if (open.length > 0) {
		await db.orm
			.update(invites)
			.set({ expiresAt: now })
			.where(and(eq(invites.role, 'owner'), isNull(invites.campaignId), isNull(invites.usedAt)));
	}
	let orgId = open[0]?.orgId;
	if (!orgId) {
		orgId = crypto.randomUUID();
		await db.orm.insert(organisations).values({ id: orgId, name: NEW_ORG_NAME });
	}
	const { token } = await insertInvite(db, { orgId, role: 'owner' }, now);
	const link = `${options.origin}/join#${token}`;
	mkdirSync(resolve(options.dataDir), { recursive: true });
	writeFileSync(file, `${link}\n`, { mode: 0o600 });
	return link;
}
