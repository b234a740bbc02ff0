// A campaign's report tallies (campaign_tallies, campaign_check_counts): the sums the aggregate
// would otherwise group 100,000s of rows for. Every write of readings takes the records' old
// contribution out and puts the new one in, in the same transaction and under the write lock
// (lockWrites), so the tallies always equal a group-by over the records.
import { eq, sql, type SQL } from 'drizzle-orm';
import type { Orm } from '../db';
import { campaigns } from '../db/schema';

const listOf = (ids: readonly string[]) =>
	sql.join(
		ids.map((id) => sql`${id}`),
		sql`, `
	);

/** Adds (sign 1) or takes out (sign -1) the contribution of the records `ids` as stored now. */
export async function tallyRecords(db: Orm, ids: readonly string[], sign: 1 | -1): Promise<void> {
	if (ids.length === 0) return;
	const which = sql`e.id in (${listOf(ids)})`;
	await addTallies(db, which, sign);
}

/** Rebuilds a campaign's tallies from its records (call under the write lock). */
export async function rebuildTallies(db: Orm, campaignId: string): Promise<void> {
	await db.execute(sql`delete from campaign_tallies where campaign_id = ${campaignId}`);
	await db.execute(sql`delete from campaign_check_counts where campaign_id = ${campaignId}`);
	await addTallies(db, sql`e.campaign_id = ${campaignId}`, 1);
	await db.update(campaigns).set({ tallied: true }).where(eq(campaigns.id, campaignId));
}

async function addTallies(db: Orm, which: SQL, sign: 1 | -1): Promise<void> {
	await db.execute(sql`
		insert into campaign_tallies (campaign_id, status, reported, verdict, n, scored, score_sum)
		select e.campaign_id, coalesce(e.status, ''), e.counts_in_reports, coalesce(e.verdict, ''),
			${sign}::int * count(*), ${sign}::int * count(e.score), ${sign}::int * coalesce(sum(e.score), 0)
		from evaluations e
		where ${which} and e.deleted = false
		group by 1, 2, 3, 4
		on conflict (campaign_id, status, reported, verdict) do update set
			n = campaign_tallies.n + excluded.n,
			scored = campaign_tallies.scored + excluded.scored,
			score_sum = campaign_tallies.score_sum + excluded.score_sum`);
	await db.execute(sql`
		insert into campaign_check_counts (campaign_id, check_id, code, n)
		select e.campaign_id, a.check_id, a.code, ${sign}::int * count(*)
		from evaluations e join evaluation_answers a on a.evaluation_id = e.id
		where ${which} and e.deleted = false and e.counts_in_reports = true
		group by 1, 2, 3
		on conflict (campaign_id, check_id, code) do update set
			n = campaign_check_counts.n + excluded.n`);
}
