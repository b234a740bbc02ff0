/**
 * The center manager's view and disputes on the wire: the figures of a campaign by wave (or
 * calendar month) beside the programme's anonymised average, the acknowledgement of a
 * scorecard, and the dispute requests. Shared by the routes, the services and the phone.
 */
import { z } from '../base/zod';
import { AnswerValue, checkId, epochMs, idString, LIMITS } from '../record/common';
import { AudioRange } from '../record/evaluation';
import { seoulDate, seoulMonthKey } from '../record/seoul-time';
import { storableString } from '../base/text';
import { roundScore } from '../scoring/format-score';
import type { Wave } from './records';
import { Dispute, ReviewEvent } from './review';
import { MAX_BLOB_BYTES } from '../sync/protocol';
import { MAX_RECORDING_RETENTION_DAYS, MIN_RECORDING_RETENTION_DAYS } from '../recording/retention';

/** n, mean score (rounded as every screen rounds) and pass rate (pass or excellent) of a set. */
export const Figures = z.object({
	n: z.number().int().min(0),
	mean: z.number().nullable(),
	passRate: z.number().min(0).max(1).nullable()
});
export type Figures = z.infer<typeof Figures>;

export const FigurePeriod = z.object({
	/** The wave's name, or `YYYY-MM` for a calendar month. */
	name: z.string().max(LIMITS.name),
	from: z.string().max(10).optional(),
	to: z.string().max(10).optional(),
	campaign: Figures,
	programme: Figures
});
export type FigurePeriod = z.infer<typeof FigurePeriod>;

/** GET /campaigns/:id/center-figures: the campaign's released figures and the programme's. */
export const CenterFigures = z.object({
	campaignId: idString,
	fetchedAt: epochMs,
	/** How the trend is cut: by the plan's waves, or by calendar month when it has none. */
	basis: z.enum(['waves', 'months']),
	campaign: Figures,
	/** Every campaign of the organisation, released evaluations only, no center named. */
	programme: Figures,
	periods: z.array(FigurePeriod).max(200)
});
export type CenterFigures = z.infer<typeof CenterFigures>;

/** One released, reported evaluation as figures need it. */
export interface FigureRow {
	campaignId: string;
	score: number | null;
	verdict: string | null;
	occurredAt: number;
}

/** The figures of `rows`: n counts scored rows; the mean of their scores, rounded once. */
export function figuresOf(rows: readonly FigureRow[]): Figures {
	const scored = rows.filter((r) => r.score !== null);
	if (scored.length === 0) return { n: 0, mean: null, passRate: null };
	const sum = scored.reduce((s, r) => s + r.score!, 0);
	const passed = scored.filter((r) => r.verdict === 'pass' || r.verdict === 'excellent').length;
	return {
		n: scored.length,
		mean: roundScore(sum / scored.length),
		passRate: passed / scored.length
	};
}

/**
 * The campaign's figures by wave (dates inclusive, Seoul) beside the programme's, or by
 * calendar month when there are no waves; only periods where the campaign has evaluations or
 * a wave is named. `rows` holds the whole programme; `campaignId` picks the campaign's own.
 */
export function centerFigures(
	campaignId: string,
	rows: readonly FigureRow[],
	waves: readonly Wave[],
	now: number
): CenterFigures {
	const own = rows.filter((r) => r.campaignId === campaignId);
	let periods: FigurePeriod[];
	if (waves.length > 0) {
		periods = [...waves]
			.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0))
			.map((w) => {
				const inWave = (r: FigureRow) => {
					const d = seoulDate(r.occurredAt);
					return d >= w.from && d <= w.to;
				};
				return {
					name: w.name,
					from: w.from,
					to: w.to,
					campaign: figuresOf(own.filter(inWave)),
					programme: figuresOf(rows.filter(inWave))
				};
			});
	} else {
		const months = [...new Set(own.map((r) => seoulMonthKey(r.occurredAt)))].sort();
		periods = months.map((m) => {
			const inMonth = (r: FigureRow) => seoulMonthKey(r.occurredAt) === m;
			return {
				name: m,
				campaign: figuresOf(own.filter(inMonth)),
				programme: figuresOf(rows.filter(inMonth))
			};
		});
	}
	return {
		campaignId,
		fetchedAt: now,
		basis: waves.length > 0 ? 'waves' : 'months',
		campaign: figuresOf(own),
		programme: figuresOf(rows),
		periods
	};
}

const reasonText = storableString().trim().min(1, 'write a reason').max(LIMITS.note);

/** POST /evaluations/:id/acknowledge: the manager has read this version. */
export const AcknowledgeRequest = z.object({ version: z.number().int().min(1) });
export const AcknowledgeResult = z.object({
	event: ReviewEvent,
	byName: z.string().max(200)
});
export type AcknowledgeResult = z.infer<typeof AcknowledgeResult>;

/**
 * The largest file a dispute may carry (bytes): a call recording goes through the resumable
 * blob store first (PUT /blobs/:sha256 in parts), so it is the blob store's limit.
 */
export const MAX_DISPUTE_FILE_BYTES = MAX_BLOB_BYTES;

/** POST /evaluations/:id/disputes: dispute one check of the version the manager read. */
export const OpenDisputeRequest = z.object({
	version: z.number().int().min(1),
	checkId,
	reason: reasonText,
	/** A file already uploaded to the blob store, named by its SHA-256. */
	file: z
		.object({
			name: storableString().min(1).max(LIMITS.name),
			type: storableString().max(100),
			sha256: z.string().regex(/^[0-9a-f]{64}$/),
			size: z.number().int().min(1).max(MAX_DISPUTE_FILE_BYTES)
		})
		.optional(),
	/** The stretch of the call disputed, in ms from the start of the shopper's recording. */
	range: AudioRange.optional()
});
export type OpenDisputeRequest = z.infer<typeof OpenDisputeRequest>;

/** POST /disputes/:id/decision: the coordinator upholds the score or overturns the check. */
export const DecideDisputeRequest = z.discriminatedUnion('outcome', [
	z.object({ outcome: z.literal('upheld'), reason: reasonText }),
	z.object({
		outcome: z.literal('overturned'),
		reason: reasonText,
		newValue: AnswerValue
	})
]);
export type DecideDisputeRequest = z.infer<typeof DecideDisputeRequest>;

/** POST /disputes/:id/clips: a coordinator shares a stretch of a recording with the center. */
export const ShareClipRequest = z
	.object({
		recordingId: idString,
		startMs: z.number().int().min(0),
		endMs: z.number().int().min(1)
	})
	.refine((r) => r.endMs > r.startMs, { message: 'must end after it starts', path: ['endMs'] });
export type ShareClipRequest = z.infer<typeof ShareClipRequest>;

export const DisputeResult = z.object({ dispute: Dispute });
export type DisputeResult = z.infer<typeof DisputeResult>;

const retentionDays = z
	.number()
	.int()
	.min(MIN_RECORDING_RETENTION_DAYS)
	.max(MAX_RECORDING_RETENTION_DAYS);

/**
 * PUT /campaigns/:id/settings: the campaign's dispute deadline and how long call recordings are
 * kept after release, in days; a setting left out stays as it is.
 */
export const CampaignSettingsRequest = z
	.object({
		disputeDays: z.number().int().min(1).max(365).optional(),
		recordingRetentionDays: retentionDays.optional()
	})
	.refine((r) => r.disputeDays !== undefined || r.recordingRetentionDays !== undefined, {
		message: 'name a setting to change'
	});
export type CampaignSettingsRequest = z.infer<typeof CampaignSettingsRequest>;
/** The campaign's settings after the change (every one of them). */
export const CampaignSettingsResult = z.object({
	disputeDays: z.number().int(),
	recordingRetentionDays: z.number().int()
});
export type CampaignSettingsResult = z.infer<typeof CampaignSettingsResult>;

/** The actor id of a version the team server makes for a member (e.g. an overturn). */
export function serverActor(memberId: string): string {
	return `server:${memberId}`.slice(0, LIMITS.id);
}
