// Handing out records by cursor: everything the caller may read whose position is after the
// cursor, in position order. Positions are taken under one lock (see push.ts), so once a
// position is seen no smaller one can still appear. A page is answered as JSON text: a record
// its reader may read whole goes out as the database prints its body (thousands of records a
// minute to a new phone), only a redacted one is parsed and written again.
import { alias } from 'drizzle-orm/pg-core';
import { and, asc, eq, gt, inArray, sql } from 'drizzle-orm';
import { rolesSeeing } from '$lib/domain/access/permissions';
import { redactFor, redactsNothing } from '$lib/domain/programme/redact';
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
	return JSON.parse(await pullText(db, session, after, limit, now)) as PullResponse;
}

/** GET /pull as the JSON text of its answer (see `pull`). */
export async function pullText(
	db: Db,
	session: Session,
	after: number,
	limit: number,
	now = Date.now()
): Promise<string> {
	await resolveDueReleases(db, now);
	const held = await rolesByCampaign(db, session.memberId);
	const visible = visibleIn(held, session.memberId);
	if (!visible) return JSON.stringify({ items: [], cursor: after, more: false });
	const maker = alias(members, 'maker');
	// The page's rows, then the bodies of those rows alone, printed by the database (asked for
	// with the rows, every visible row's body would be printed before the sort picks the
	// page); both read in one snapshot, so each body is the version of its row.
	const { rows, bodies } = await db.orm.transaction(
		async (tx) => {
			const rows = await tx
				.select({
					seq: evaluations.seq,
					campaignId: evaluations.campaignId,
					id: evaluations.id,
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
			const ids = rows.slice(0, limit).map((r) => r.id);
			const bodies =
				ids.length === 0
					? []
					: await tx
							.select({ id: evaluations.id, body: sql<string>`${evaluations.body}::text` })
							.from(evaluations)
							.where(inArray(evaluations.id, ids));
			return { rows, bodies: new Map(bodies.map((r) => [r.id, r.body])) };
		},
		{ isolationLevel: 'repeatable read', accessMode: 'read only' }
	);
	const page = rows.slice(0, limit);
	const items = page.map((r) => {
		// `evaluation` is set below: as stored, or parsed and redacted.
		const item = {
			seq: r.seq,
			campaignId: r.campaignId,
			complete: r.missing.length === 0
		} as PullItem;
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
		const body = bodies.get(r.id)!;
		if (!redactsNothing(seeing)) {
			item.evaluation = JSON.parse(body) as Evaluation;
			return JSON.stringify(redactFor(seeing, item));
		}
		const head = JSON.stringify(item);
		return `${head.slice(0, -1)},"evaluation":${body}}`;
	});
	const cursor = page.at(-1)?.seq ?? after;
	return `{"items":[${items.join(',')}],"cursor":${cursor},"more":${rows.length > limit}}`;
}
