// A campaign's report tallies (campaign_tallies, campaign_check_counts): the sums the aggregate
// would otherwise group 100,000s of rows for. Every write of readings takes the records' old
// contribution out and puts the new one in, in the same transaction and under the write lock
// (withWriteLock), so the tallies always equal a group-by over the records. A record's per-check
// codes are not stored: they are derived from its body (storedCodes) when needed.
import { and, asc, eq, gt, sql, type SQL } from 'drizzle-orm';
import type { Evaluation } from '$lib/domain/record';
import type { Campaign } from '$lib/domain/record';
import type { Orm } from '../db';
import { campaigns, evaluations } from '../db/schema';
import { campaignRules, reported, storedCodes } from './reading-row';

/** The reading columns of a stored record. */
export interface StoredReading {
	campaignId: string;
	deleted: boolean;
	status: string | null;
	score: number | null;
	verdict: string | null;
	countsInReports: boolean;
	recheckAt: Date | null;
}

/** What one record adds to its campaign's tallies. */
export interface Contribution extends Omit<StoredReading, 'recheckAt'> {
	/** Its answered checks' codes (only needed when it counts in reports). */
	codes: readonly { checkId: string; code: number }[];
}

/** The contribution of a stored record, its codes derived again from its body. */
export function contributionOf(
	stored: StoredReading,
	body: Evaluation,
	campaign: Campaign | null
): Contribution {
	const counted = stored.countsInReports && !stored.deleted;
	return { ...stored, codes: counted ? storedCodes(body, campaign, stored.recheckAt) : [] };
}

/**
 * Takes the contributions `out` away from the tallies and adds `into`: one statement per
 * table. Tombstones contribute nothing; codes only of records that count in reports.
 */
export async function changeTallies(
	db: Orm,
	out: readonly Contribution[],
	into: readonly Contribution[]
): Promise<void> {
	for (const statement of tallyStatements(out, into)) await db.execute(statement);
}

/**
 * The statements of `changeTallies` (none, one or two), for a caller that runs them with its
 * own (as parts of one statement: they touch only the tally tables).
 */
export function tallyStatements(
	out: readonly Contribution[],
	into: readonly Contribution[]
): SQL[] {
	const statements: SQL[] = [];
	const rows: { c: string; s: string; r: boolean; v: string; k: number; x: number | null }[] = [];
	const counts = new Map<string, number>();
	const add = (list: readonly Contribution[], sign: 1 | -1) => {
		for (const e of list) {
			if (e.deleted) continue;
			rows.push({
				c: e.campaignId,
				s: e.status ?? '',
				r: e.countsInReports,
				v: e.verdict ?? '',
				k: sign,
				x: e.score
			});
			if (!e.countsInReports) continue;
			for (const { checkId, code } of e.codes) {
				const key = `${e.campaignId}\u0000${checkId}\u0000${code}`;
				counts.set(key, (counts.get(key) ?? 0) + sign);
			}
		}
	};
	add(out, -1);
	add(into, 1);
	if (rows.length > 0) {
		// The scores are summed by the database, as numeric: exact.
		statements.push(sql`
			insert into campaign_tallies (campaign_id, status, reported, verdict, n, scored, score_sum)
			select x.c, x.s, x.r, x.v, sum(x.k), sum(case when x.x is null then 0 else x.k end),
				coalesce(sum(x.k * x.x), 0)
			from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
				as x(c text, s text, r boolean, v text, k int, x numeric)
			group by 1, 2, 3, 4
			on conflict (campaign_id, status, reported, verdict) do update set
				n = campaign_tallies.n + excluded.n,
				scored = campaign_tallies.scored + excluded.scored,
				score_sum = campaign_tallies.score_sum + excluded.score_sum`);
	}
	const check = checkCountsStatement(counts);
	if (check) statements.push(check);
	return statements;
}

/** Adds `counts` (campaign \0 check \0 code → n) to campaign_check_counts, zeros left out. */
async function addCheckCounts(db: Orm, counts: Map<string, number>): Promise<void> {
	const statement = checkCountsStatement(counts);
	if (statement) await db.execute(statement);
}

/** The statement of `addCheckCounts`, or none when nothing changes. */
function checkCountsStatement(counts: Map<string, number>): SQL | undefined {
	const rows: { c: string; h: string; k: number; n: number }[] = [];
	for (const [key, n] of counts) {
		if (n === 0) continue;
		const [c, h, k] = key.split('\u0000') as [string, string, string];
		rows.push({ c, h, k: Number(k), n });
	}
	if (rows.length === 0) return undefined;
	return sql`
		insert into campaign_check_counts (campaign_id, check_id, code, n)
		select x.c, x.h, x.k, x.n
		from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(c text, h text, k smallint, n int)
		on conflict (campaign_id, check_id, code) do update set
			n = campaign_check_counts.n + excluded.n`;
}

/** Rebuilds a campaign's tallies from its records (call under the write lock). */
export async function rebuildTallies(db: Orm, campaignId: string): Promise<void> {
	await db.execute(sql`delete from campaign_tallies where campaign_id = ${campaignId}`);
	await db.execute(sql`delete from campaign_check_counts where campaign_id = ${campaignId}`);
	await db.execute(sql`
		insert into campaign_tallies (campaign_id, status, reported, verdict, n, scored, score_sum)
		select e.campaign_id, coalesce(e.status, ''), e.counts_in_reports, coalesce(e.verdict, ''),
			count(*), count(e.score), coalesce(sum(e.score), 0)
		from evaluations e
		where e.campaign_id = ${campaignId} and e.deleted = false
		group by 1, 2, 3, 4`);
	// The codes of the records that count, derived from their bodies a page at a time.
	const campaign = await campaignRules(db, campaignId);
	const counts = new Map<string, number>();
	let after = '';
	for (;;) {
		const page = await db
			.select({ id: evaluations.id, body: evaluations.body, recheckAt: evaluations.recheckAt })
			.from(evaluations)
			.where(and(eq(evaluations.campaignId, campaignId), reported, gt(evaluations.id, after)))
			.orderBy(asc(evaluations.id))
			.limit(1000);
		for (const r of page) {
			for (const { checkId, code } of storedCodes(r.body as Evaluation, campaign, r.recheckAt)) {
				const key = `${campaignId}\u0000${checkId}\u0000${code}`;
				counts.set(key, (counts.get(key) ?? 0) + 1);
			}
		}
		if (page.length < 1000) break;
		after = page[page.length - 1]!.id;
	}
	await addCheckCounts(db, counts);
	await db.update(campaigns).set({ tallied: true }).where(eq(campaigns.id, campaignId));
}
