/**
 * What a dashboard chart shows, independent of chart.js, so components can describe charts
 * without loading the library. `chart-setup.ts` turns a spec into a chart.js chart; `chart-loader.ts` loads it.
 */

/** Colours are CSS custom properties of app.css, read at draw time (light and dark). */
export type ColorToken = 'primary' | 'success' | 'warning' | 'danger' | 'muted' | 'border';

export interface SeriesSpec {
	label: string;
	/** Plain values, or [low, high] pairs drawn as floating bars (intervals). */
	data: (number | null)[] | ([number, number] | null)[];
	/** One colour, or one per point (bars). */
	color: ColorToken | ColorToken[];
	/** Thin floating bars over the main bars (error-bar style). */
	whisker?: boolean;
}

export interface ChartSpec {
	type: 'bar' | 'line' | 'radar';
	labels: string[];
	series: SeriesSpec[];
	/** Bars grow from the left (long Korean labels fit a phone). */
	horizontal?: boolean;
	/** Value axis 0–100 with a % tick suffix. */
	percent?: boolean;
	/** Value axis 0–100 without suffix (scores). */
	score?: boolean;
	/** Integer counts. */
	counts?: boolean;
	legend?: boolean;
}
