/** Mean overall score per Seoul ISO week or calendar month. */
import { seoulIsoWeekKey, seoulMonthKey } from '../record/seoul-time';

export interface TrendPoint {
	/** `YYYY-Www` or `YYYY-MM`. */
	period: string;
	n: number;
	mean: number;
}

/** Groups (time, score) pairs by period key, ascending by period. */
export function trendBy(
	times: Float64Array,
	scores: Float64Array,
	n: number,
	unit: 'week' | 'month'
): TrendPoint[] {
	const keyOf = unit === 'week' ? seoulIsoWeekKey : seoulMonthKey;
	const acc = new Map<string, { n: number; sum: number }>();
	// Many evaluations share a day: cache the key per Seoul day to avoid Date work per item.
	const dayKeys = new Map<number, string>();
	for (let i = 0; i < n; i++) {
		const t = times[i]!;
		const day = Math.floor((t + 9 * 3_600_000) / 86_400_000);
		let key = dayKeys.get(day);
		if (key === undefined) {
			key = keyOf(t);
			dayKeys.set(day, key);
		}
		const a = acc.get(key);
		if (a) {
			a.n++;
			a.sum += scores[i]!;
		} else acc.set(key, { n: 1, sum: scores[i]! });
	}
	return [...acc.entries()]
		.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
		.map(([period, a]) => ({ period, n: a.n, mean: a.sum / a.n }));
}
