// What a stored record reads as, kept beside it so reports are SQL group-bys: computed with
// the same domain code every screen uses (scoreAt / summarize under the campaign's rules).
import { and, eq, inArray, isNotNull, lt, sql } from 'drizzle-orm';
import { catalog } from '$lib/domain/catalog';
import { parseCampaign, type Campaign, type Evaluation } from '$lib/domain/record';
import { CODE, planFor, scoreAt } from '$lib/domain/scoring';
import { summarize } from '$lib/domain/summarize';
import { countsInReports } from '$lib/domain/report-set';
import type { Orm } from '../db';
import { blobs, campaigns, evaluationAnswers, evaluations } from '../db/schema';

/** The denormalised reading of one evaluation at an instant. */
export interface Reading {
	status: string | null;
	score: number | null;
	verdict: string | null;
	countsInReports: boolean;
	occurredAt: Date | null;
	recheckAt: Date | null;
	codes: { checkId: string; code: number }[];
}

const EMPTY: Reading = {
	status: null,
	score: null,
	verdict: null,
	countsInReports: false,
	occurredAt: null,
	recheckAt: null,
	codes: []
};

/** The reading of a record at `now`; a tombstone, or a record without a readable campaign, reads nothing. */
export function readingOf(e: Evaluation, campaign: Campaign | null, now: number): Reading {
	if (e.deleted || !campaign) return EMPTY;
	const score = scoreAt(catalog, e, campaign, now);
	const row = summarize(e, campaign, score, now);
	const plan = planFor(catalog, e, campaign);
	const codes: Reading['codes'] = [];
	plan.checkIds.forEach((checkId, i) => {
		const code = score.codes[i]!;
		if (code !== CODE.UNANSWERED) codes.push({ checkId, code });
	});
	const next = row.pendingDeadlines[0];
	return {
		status: row.status,
		score: row.score,
		verdict: row.verdict,
		countsInReports: countsInReports(row.status),
		occurredAt: new Date(row.occurredAt ?? score.occurredAt),
		recheckAt: next === undefined ? null : new Date(next),
		codes
	};
}

const campaignCache = new Map<string, { version: number; campaign: Campaign | null }>();

/** The campaign's body as a Campaign (null when it does not parse), cached per version. */
export async function campaignRules(db: Orm, campaignId: string): Promise<Campaign | null> {
	const rows = await db
		.select({ body: campaigns.body, version: campaigns.version })
		.from(campaigns)
		.where(eq(campaigns.id, campaignId))
		.limit(1);
	const row = rows[0];
	if (!row) return null;
	const cached = campaignCache.get(campaignId);
	if (cached && cached.version === row.version) return cached.campaign;
	const parsed = parseCampaign(row.body);
	const campaign = parsed.ok ? parsed.value : null;
	if (campaignCache.size > 1000) campaignCache.clear();
	campaignCache.set(campaignId, { version: row.version, campaign });
	return campaign;
}

/** The reading's columns of `evaluations`. */
export function readingColumns(r: Reading) {
	return {
		status: r.status,
		score: r.score,
		verdict: r.verdict,
		countsInReports: r.countsInReports,
		occurredAt: r.occurredAt,
		recheckAt: r.recheckAt
	};
}

/** Replaces the per-check answer codes of an evaluation. */
export async function writeCodes(db: Orm, evaluationId: string, r: Reading): Promise<void> {
	await db.delete(evaluationAnswers).where(eq(evaluationAnswers.evaluationId, evaluationId));
	if (r.codes.length === 0) return;
	await db
		.insert(evaluationAnswers)
		.values(r.codes.map((c) => ({ evaluationId, checkId: c.checkId, code: c.code })));
}

/**
 * Reads again the records of a campaign whose reading may have changed: those whose
 * `recheck_at` has passed, or (with `all`) every record, e.g. after the campaign changed.
 * The record bodies and their cursor positions stay as they are.
 */
export async function refreshReadings(
	db: Orm,
	campaignId: string,
	now: number,
	all = false
): Promise<number> {
	const where = all
		? eq(evaluations.campaignId, campaignId)
		: and(
				eq(evaluations.campaignId, campaignId),
				isNotNull(evaluations.recheckAt),
				lt(evaluations.recheckAt, new Date(now))
			);
	const rows = await db
		.select({ id: evaluations.id, body: evaluations.body })
		.from(evaluations)
		.where(where);
	if (rows.length === 0) return 0;
	const campaign = await campaignRules(db, campaignId);
	for (const row of rows) {
		const reading = readingOf(row.body as Evaluation, campaign, now);
		await db.transaction(async (tx) => {
			await tx.update(evaluations).set(readingColumns(reading)).where(eq(evaluations.id, row.id));
			await writeCodes(tx as unknown as Orm, row.id, reading);
		});
	}
	return rows.length;
}

/** Ids of the photos (`sha256-<hex>`) a record's answers name, as hex digests. */
export function photoHashes(e: Evaluation): string[] {
	const out = new Set<string>();
	for (const a of Object.values(e.answers)) {
		for (const id of a.evidenceIds) {
			const m = /^sha256-([0-9a-f]{64})$/.exec(id);
			if (m) out.add(m[1]!);
		}
	}
	return [...out].sort();
}

/** The hashes among `hashes` the server does not hold yet. */
export async function missingOf(db: Orm, hashes: string[]): Promise<string[]> {
	if (hashes.length === 0) return [];
	const have = await db
		.select({ sha256: blobs.sha256 })
		.from(blobs)
		.where(inArray(blobs.sha256, hashes));
	const held = new Set(have.map((h) => h.sha256));
	return hashes.filter((h) => !held.has(h));
}

/** The next cursor position (call inside the transaction holding the write lock). */
export const nextSeq = sql`nextval(pg_get_serial_sequence('evaluations', 'seq'))`;

/** Serialises every write that takes a cursor position, for the rest of the transaction. */
export async function lockWrites(db: Orm): Promise<void> {
	await db.execute(sql`select pg_advisory_xact_lock(1006)`);
}
