/**
 * Pure shaping of aggregate results into what the dashboard's charts and tables show:
 * histogram bins, worst-first ordering, area profile and number formatting. No DOM, no
 * chart.js: it runs in plain Node tests.
 */
import { compareKo } from '$lib/domain/collation';
import {
	compileFilter,
	rate,
	type AggregateFilter,
	type AggregateResult,
	type CheckRate,
	type Rate,
	type ScoredEvaluation
} from '$lib/domain/aggregate';
import { roundScore } from '$lib/domain/scoring/format-score';
import type { ChartSpec, ColorToken } from './chart-spec';
import { formatPercent, formatScore } from '$lib/i18n/format';

/** A share 0–1 as a whole percent ("82"), or "–" when unknown (the shared formatter). */
export function pct(x: number | null): string {
	return formatPercent(x);
}

/** A non-score figure (seconds, SD) with one decimal, rounded as scores are ("75.3"), or "–". */
export function fixed1(x: number | null): string {
	return formatScore(x);
}

/** A rate as a chart value in percent (one decimal, as shown), null when nothing was applicable. */
export function percentOf(r: Rate | undefined): number | null {
	return r?.rate == null ? null : roundScore(r.rate * 100);
}

/** The Wilson interval as a floating bar [low, high] in percent, null when n = 0. */
export function intervalOf(r: Rate | undefined): [number, number] | null {
	return r?.low == null || r.high == null ? null : [r.low * 100, r.high * 100];
}

/** Horizontal percent bars, one per rate, each with its Wilson interval as a whisker. */
export function rateBars(
	labels: string[],
	rates: readonly (Rate | undefined)[],
	color: ColorToken | ColorToken[],
	names: { percent: string; interval: string }
): ChartSpec {
	return {
		type: 'bar',
		horizontal: true,
		percent: true,
		labels,
		series: [
			{ label: names.percent, data: rates.map((r) => percentOf(r)), color },
			{
				label: names.interval,
				data: rates.map((r) => intervalOf(r)),
				color: 'muted',
				whisker: true
			}
		]
	};
}

/** Pools several rates: Σ successes / Σ n, with the interval recomputed. */
export function pool(rates: readonly (Rate | undefined)[]): Rate {
	let s = 0,
		n = 0;
	for (const r of rates) {
		if (!r) continue;
		s += r.successes;
		n += r.n;
	}
	return rate(s, n);
}

export type AreaKey = 'pre' | 'ivr' | 'agent' | 'other' | 'post';
export const areaKeys: readonly AreaKey[] = ['pre', 'ivr', 'agent', 'other', 'post'];

/**
 * Compliance of the five areas that partition the checks: 사전 (A), IVR (B1), the agent
 * sheet (the group referring to 참고 2), the other 나 groups pooled, and 사후 (C).
 */
export function areaProfile(
	result: Pick<AggregateResult, 'sections' | 'groups'>,
	ivrGroupId: string,
	agentGroupId: string
): Record<AreaKey, Rate> {
	const others = Object.keys(result.groups).filter(
		(id) => id.startsWith('B') && id !== ivrGroupId && id !== agentGroupId
	);
	return {
		pre: result.sections.pre,
		ivr: result.groups[ivrGroupId] ?? rate(0, 0),
		agent: result.groups[agentGroupId] ?? rate(0, 0),
		other: pool(others.map((id) => result.groups[id])),
		post: result.sections.post
	};
}

export interface RankedCheck extends CheckRate {
	id: string;
}

/**
 * Checks with at least one applicable answer, worst first: lowest compliance, then lowest
 * upper bound (clearer evidence of a problem), then more answers, then id.
 */
export function worstFirst(checks: Readonly<Record<string, CheckRate>>): RankedCheck[] {
	return Object.entries(checks)
		.filter(([, r]) => r.n > 0)
		.map(([id, r]) => ({ id, ...r }))
		.sort(
			(a, b) =>
				a.rate! - b.rate! ||
				a.high! - b.high! ||
				b.n - a.n ||
				(a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
		);
}

export interface HistogramBin {
	/** Lower bound in seconds (exclusive, except 0). */
	from: number;
	/** Upper bound in seconds (inclusive); null for the open last bin. */
	to: number | null;
	count: number;
}

/**
 * Bins seconds into (0, w], (w, 2w] … (max − w, max] and one open bin over `max`. A value
 * on a boundary goes to the lower bin, matching "within 20 s" being inclusive.
 */
export function binSeconds(values: ArrayLike<number>, width: number, max: number): HistogramBin[] {
	const regular = Math.ceil(max / width);
	const bins: HistogramBin[] = [];
	for (let i = 0; i < regular; i++) {
		bins.push({ from: i * width, to: Math.min((i + 1) * width, max), count: 0 });
	}
	bins.push({ from: max, to: null, count: 0 });
	for (let k = 0; k < values.length; k++) {
		const v = values[k]!;
		const i = v > max ? regular : v <= 0 ? 0 : Math.ceil(v / width) - 1;
		bins[i]!.count++;
	}
	return bins;
}

export interface TimeToAgentDistribution {
	bins: HistogramBin[];
	/** Calls with a known time to agent. */
	answered: number;
	/** Of those, answered within the service-level threshold (inclusive). */
	within: number;
	/** Calls lost in the IVR (counted against the service level, as in the aggregate). */
	lost: number;
}

/**
 * Time to agent of the scored evaluations matching `filter`, binned. Uses the same selection
 * and lost-call rule as `aggregate`, so its totals agree with the service level shown.
 */
export function timeToAgentDistribution(
	items: readonly ScoredEvaluation[],
	filter: AggregateFilter,
	opts: { width: number; max: number; thresholdSeconds: number }
): TimeToAgentDistribution {
	const matches = compileFilter(filter);
	const seconds: number[] = [];
	let lost = 0,
		within = 0;
	for (const { evaluation: e, score: s, reading: r } of items) {
		if (!r.countsInReports || !matches(e, r)) continue;
		const m = s.ivr;
		if (m.timeToAgentMs !== null) {
			const v = m.timeToAgentMs / 1000;
			seconds.push(v);
			if (v <= opts.thresholdSeconds) within++;
		} else if (m.ended && !m.agentReached && (m.agentRequested || m.droppedByMachine)) lost++;
	}
	return {
		bins: binSeconds(seconds, opts.width, opts.max),
		answered: seconds.length,
		within,
		lost
	};
}

/** Distinct non-empty names, sorted in Korean collation order. */
export function distinctSorted(names: Iterable<string>): string[] {
	return [...new Set([...names].filter((n) => n.trim() !== ''))].sort(compareKo);
}
