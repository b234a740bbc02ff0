// Handing out records by cursor: everything the caller may read whose position is after the
// cursor, in position order. Positions are taken under one lock (see push.ts), so once a
// position is seen no smaller one can still appear.
import { alias } from 'drizzle-orm/pg-core';
import { and, asc, eq, gt } from 'drizzle-orm';
import { rolesSeeing } from '$lib/domain/access/permissions';
import { redactFor } from '$lib/domain/programme/redact';
import type { Evaluation } from '$lib/domain/record';
import { PULL_PAGE, type PullItem, type PullResponse } from '$lib/domain/sync/protocol';
import type { Session } from '../auth/session';
import type { Db } from '../db';
import { deviceKeys, evaluations, members, serverRevisions } from '../db/schema';
import { invalid } from '../http/errors';
import { resolveDueReleases } from './scheduled-releases';
import { rolesByCampaign, scheduledRelease, visibleIn } from './visibility';

/** Reads `after` and `limit` from a query string (422 when either is not a fitting integer). */
export function pullParams(params: URLSearchParams): { after: number; limit: number } {
	const int = (name: string, fallback: number, min: number, max: number) => {
		const text = params.get(name);
		if (text === null || text === '') return fallback;
		if (!/^\d{1,15}$/.test(text)) throw invalid(`${name}: expected a whole number`);
		const n = Number(text);
		if (n < min || n > max) throw invalid(`${name}: must be between ${min} and ${max}`);
		return n;
	};
	return {
		after: int('after', 0, 0, Number.MAX_SAFE_INTEGER),
		limit: int('limit', 100, 1, PULL_PAGE)
	};
}

/**
 * GET /pull: the next page after `after`, each item redacted for the roles through which the
 * caller sees it (the permissions table's scopes and fields).
 */
export async function pull(
	db: Db,
	session: Session,
	after: number,
	limit: number,
	now = Date.now()
): Promise<PullResponse> {
	await resolveDueReleases(db, now);
	const held = await rolesByCampaign(db, session.memberId);
	const visible = visibleIn(held, session.memberId);
	if (!visible) return { items: [], cursor: after, more: false };
	const maker = alias(members, 'maker');
	const rows = await db.orm
		.select({
			seq: evaluations.seq,
			campaignId: evaluations.campaignId,
			body: evaluations.body,
			missing: evaluations.missingBlobs,
			releasedAt: evaluations.releasedAt,
			scheduled: scheduledRelease,
			shopperMemberId: evaluations.shopperMemberId,
			fingerprint: deviceKeys.fingerprint,
			memberId: members.id,
			displayName: members.displayName,
			makerId: maker.id,
			makerName: maker.displayName
		})
		.from(evaluations)
		.leftJoin(deviceKeys, eq(deviceKeys.fingerprint, evaluations.signerFingerprint))
		.leftJoin(members, eq(members.id, deviceKeys.memberId))
		.leftJoin(
			serverRevisions,
			and(
				eq(serverRevisions.evaluationId, evaluations.id),
				eq(serverRevisions.version, evaluations.version)
			)
		)
		.leftJoin(maker, eq(maker.id, serverRevisions.memberId))
		.where(and(gt(evaluations.seq, after), visible))
		.orderBy(asc(evaluations.seq))
		.limit(limit + 1);
	const page = rows.slice(0, limit);
	const items: PullItem[] = page.map((r) => {
		const item: PullItem = {
			seq: r.seq,
			campaignId: r.campaignId,
			evaluation: r.body as Evaluation,
			complete: r.missing.length === 0
		};
		if (r.fingerprint && r.memberId && r.displayName !== null) {
			item.signer = {
				fingerprint: r.fingerprint,
				memberId: r.memberId,
				displayName: r.displayName
			};
		}
		if (!item.signer && r.makerId && r.makerName !== null) {
			item.madeBy = { memberId: r.makerId, displayName: r.makerName };
		}
		if (r.releasedAt) item.releasedAt = r.releasedAt.getTime();
		const seeing = rolesSeeing(held.get(r.campaignId) ?? [], {
			own: r.shopperMemberId === session.memberId,
			released: r.releasedAt !== null && !r.scheduled
		});
		return redactFor(seeing, item);
	});
	return {
		items,
		cursor: page.at(-1)?.seq ?? after,
		more: rows.length > limit
	};
}
