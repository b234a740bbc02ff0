// One record's reading as the columns it is stored in (the domain's readRecord, under the
// template it was finalized with, at an instant), and the campaign rules it is read under.
// Below both the stored readings (derive.ts) and the tallies (tallies.ts).
import { and, eq } from 'drizzle-orm';
import { catalog } from '$lib/domain/catalog';
import { parseCampaign, type Campaign, type Evaluation } from '$lib/domain/record';
import { readRecord, type ReadRecord } from '$lib/domain/reading';
import { CODE } from '$lib/domain/scoring';
import type { Orm } from '../db';
import { campaigns, evaluations } from '../db/schema';

/** The live records (not tombstones) whose reading counts in reports: what reports sum. */
export const reported = and(eq(evaluations.deleted, false), eq(evaluations.countsInReports, true));

/** The reading of one evaluation at an instant, as the columns it is stored in. */
export interface ReadingRow {
	status: string | null;
	score: number | null;
	verdict: string | null;
	countsInReports: boolean;
	occurredAt: Date | null;
	/** The reading's `changesAfter`: it is read again once this instant has passed. */
	recheckAt: Date | null;
	timeSlot: string | null;
	weekday: string | null;
	codes: { checkId: string; code: number }[];
}

const EMPTY: ReadingRow = {
	status: null,
	score: null,
	verdict: null,
	countsInReports: false,
	occurredAt: null,
	recheckAt: null,
	timeSlot: null,
	weekday: null,
	codes: []
};

/** The reading of a record at `now`; a tombstone, or a record without a readable campaign, reads nothing. */
export function readingRowOf(e: Evaluation, campaign: Campaign | null, now: number): ReadingRow {
	if (e.deleted || !campaign) return EMPTY;
	const read = readRecord(e, campaign, now, catalog);
	const r = read.reading;
	return {
		status: r.status,
		score: r.score,
		verdict: r.verdict,
		countsInReports: r.countsInReports,
		occurredAt: new Date(r.occurredAt),
		recheckAt: r.changesAfter === null ? null : new Date(r.changesAfter),
		timeSlot: r.timeSlot,
		weekday: r.weekday,
		codes: codesOf(read)
	};
}

/** The answered checks of a read record (in its plan's order). */
function codesOf({ plan, score }: ReadRecord): ReadingRow['codes'] {
	const out: ReadingRow['codes'] = [];
	plan.checkIds.forEach((checkId, i) => {
		const code = score.codes[i]!;
		if (code !== CODE.UNANSWERED) out.push({ checkId, code });
	});
	return out;
}

/** Far enough that every follow-up deadline has passed (the largest valid Date). */
const END_OF_TIME = 8.64e15;

/**
 * The per-check codes of a stored reading, read again from the stored body: what `readingRowOf`
 * gave when the reading was written. A reading only changes by the clock once its
 * `recheckAt` has passed, and at `recheckAt` itself it still holds, so the codes read at
 * `recheckAt` are the codes it was written with; with none, it reads the same ever after.
 * Under the same campaign rules: a change of rules has the tallies rebuilt (see putCampaign).
 */
export function storedCodes(
	e: Evaluation,
	campaign: Campaign | null,
	recheckAt: Date | null
): ReadingRow['codes'] {
	if (e.deleted || !campaign) return [];
	return codesOf(readRecord(e, campaign, recheckAt?.getTime() ?? END_OF_TIME, catalog));
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
