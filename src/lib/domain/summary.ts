/**
 * The small row kept per evaluation for lists and badges, so the first screen never has to
 * load and validate whole evaluations.
 */
import { trustOf, type Trust } from './exchange/trust';
import type { Campaign } from './record/campaign';
import type { Channel } from './record/common';
import type { Evaluation, EvaluationStatus } from './record/evaluation';
import { catalog as appCatalog } from './catalog';
import type { Catalog } from './catalog/types';
import { effectiveStatus, scoreAt, templateOf } from './scoring/effective';
import { SEOUL_OFFSET_MS } from './record/seoul-time';
import { followUpStatus } from './scoring/follow-up';
import type { EvaluationScore, Verdict } from './scoring/score';

export interface EvaluationSummary {
	id: string;
	campaignId: string;
	centerName: string;
	status: EvaluationStatus;
	revision: number;
	channel: Channel;
	scenario: string;
	evaluator: string;
	score: number | null;
	verdict: Verdict | null;
	incomplete: number;
	criticalDefects: number;
	/** Deadlines (epoch ms) of the follow-ups still waiting for a response. */
	pendingDeadlines: number[];
	imported: boolean;
	createdAt: number;
	updatedAt: number;
	/** How the file an imported record came in was trusted (absent: made here). */
	trust?: Trust;
	/** When the contact happened (see `occurredAt`); absent on rows written before it existed. */
	occurredAt?: number;
}

/**
 * When the contact happened, epoch ms: 상담 일시 (date and start, Seoul local time) when
 * entered, else the start of the IVR run, else when the evaluation was created.
 */
export function occurredAt(e: Pick<Evaluation, 'consultedAt' | 'ivr' | 'createdAt'>): number {
	if (e.consultedAt) {
		const [y, m, d] = e.consultedAt.date.split('-').map(Number) as [number, number, number];
		const [hh, mm] = e.consultedAt.from.split(':').map(Number) as [number, number];
		return Date.UTC(y, m - 1, d, hh, mm) - SEOUL_OFFSET_MS;
	}
	return e.ivr.startedAt ?? e.ivr.events[0]?.at ?? e.createdAt;
}

/**
 * The summary row of an evaluation as it reads at `now` (effective answers and status, its
 * own template once finalized). It stays true until its first pending deadline passes: see
 * `isStale` in storage/summaries.ts.
 */
export function summaryAt(
	e: Evaluation,
	campaign: Campaign,
	now: number,
	catalog: Catalog = appCatalog
): EvaluationSummary {
	return summarize(e, campaign, scoreAt(catalog, e, campaign, now), now);
}

/** The summary row of an evaluation with a score computed by the caller (see `summaryAt`). */
export function summarize(
	e: Evaluation,
	campaign: Campaign,
	score: EvaluationScore,
	now: number
): EvaluationSummary {
	const trust = trustOf(e);
	const pendingDeadlines: number[] = [];
	const rules = {
		template: templateOf(e, campaign),
		emailAnswerStandardHours: campaign.emailAnswerStandardHours
	};
	for (const f of e.followUps) {
		const s = followUpStatus(f, rules, now);
		if (s.status === 'pending' && s.deadline !== null) pendingDeadlines.push(s.deadline);
	}
	return {
		id: e.id,
		campaignId: e.campaignId,
		centerName: campaign.center.name,
		// As it reads at `now`: an evaluation awaiting follow-ups reads final once none is pending.
		status: effectiveStatus(e, campaign, now),
		revision: e.revision,
		channel: e.channel,
		scenario: e.scenario,
		evaluator: e.evaluator,
		score: score.score,
		verdict: score.verdict,
		incomplete: score.incomplete.length,
		criticalDefects: score.criticalDefects.length,
		pendingDeadlines: pendingDeadlines.sort((a, b) => a - b),
		imported: e.origin !== undefined,
		createdAt: e.createdAt,
		updatedAt: e.updatedAt,
		...(trust === undefined ? {} : { trust }),
		occurredAt: occurredAt(e)
	};
}

/** Follow-ups still pending at `now` (their deadline has not passed). */
export function pendingCount(summaries: readonly EvaluationSummary[], now: number): number {
	let n = 0;
	for (const s of summaries) for (const d of s.pendingDeadlines) if (d >= now) n++;
	return n;
}
