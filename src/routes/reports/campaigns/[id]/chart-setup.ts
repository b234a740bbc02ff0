/**
 * The dashboard's only chart.js entry: imports just the controllers, elements and scales
 * used and registers them once. Loaded with a dynamic import (`loadCharts` in
 * chart-loader.ts), so chart.js stays out of every other route's bundle.
 */
import {
	BarController,
	BarElement,
	CategoryScale,
	Chart,
	Filler,
	Legend,
	LinearScale,
	LineController,
	LineElement,
	PointElement,
	RadarController,
	RadialLinearScale,
	Tooltip,
	type ChartConfiguration,
	type ChartDataset
} from 'chart.js';
import type { ChartSpec, ColorToken, SeriesSpec } from './chart-spec';

// Controllers with their elements and fill, then scales and plugins.
Chart.register(BarController, BarElement, LineController, LineElement, PointElement, Filler);
Chart.register(RadarController, CategoryScale, LinearScale, RadialLinearScale, Legend, Tooltip);

type Palette = Record<ColorToken | 'text', string>;

function palette(el: Element): Palette {
	const css = getComputedStyle(el);
	const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
	return {
		primary: v('--primary', '#0b5cad'),
		success: v('--success', '#13723a'),
		warning: v('--warning', '#8a5a00'),
		danger: v('--danger', '#b42318'),
		muted: v('--muted', '#4d5968'),
		border: v('--border', '#d5dce5'),
		text: v('--text', '#141a22')
	};
}

/** A #rrggbb colour with alpha; other forms are returned unchanged. */
function withAlpha(color: string, alpha: number): string {
	const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
	if (!m) return color;
	const [r, g, b] = [m[1]!, m[2]!, m[3]!].map((h) => parseInt(h, 16));
	return `rgba(${r}, ${g}, ${b}, ${alpha})`;
}

const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

function dataset(s: SeriesSpec, spec: ChartSpec, p: Palette): ChartDataset {
	const colors = Array.isArray(s.color) ? s.color.map((c) => p[c]) : p[s.color];
	const base = { label: s.label, data: s.data as number[], borderColor: colors };
	if (spec.type === 'line') {
		return { ...base, backgroundColor: colors, pointRadius: 4, tension: 0, spanGaps: true };
	}
	if (spec.type === 'radar') {
		return { ...base, backgroundColor: withAlpha(p.primary, 0.25), fill: true, pointRadius: 3 };
	}
	return {
		...base,
		backgroundColor: colors,
		borderWidth: 0,
		barPercentage: s.whisker ? 0.18 : 0.8,
		categoryPercentage: 0.9,
		grouped: false,
		order: s.whisker ? 0 : 1
	} as ChartDataset;
}

function options(spec: ChartSpec, p: Palette): ChartConfiguration['options'] {
	const ticks = { color: p.muted };
	const grid = { color: p.border };
	const suffix = spec.percent ? ' %' : '';
	const bounded = spec.percent || spec.score;
	const value = {
		min: 0,
		...(bounded ? { max: 100 } : {}),
		ticks: {
			...ticks,
			...(spec.counts ? { precision: 0 } : {}),
			callback: (v: number | string) => `${v}${suffix}`
		},
		grid
	};
	const category = { ticks: { ...ticks, autoSkip: false }, grid: { display: false } };
	return {
		responsive: true,
		maintainAspectRatio: false,
		animation: reducedMotion() ? false : { duration: 250 },
		color: p.text,
		indexAxis: spec.horizontal ? 'y' : 'x',
		plugins: {
			legend: { display: !!spec.legend, labels: { color: p.text } },
			tooltip: { enabled: true }
		},
		scales:
			spec.type === 'radar'
				? {
						r: {
							min: 0,
							max: 100,
							ticks: { color: p.muted, backdropColor: 'transparent', stepSize: 20 },
							grid,
							angleLines: grid,
							pointLabels: { color: p.text, font: { size: 12 } }
						}
					}
				: spec.horizontal
					? { x: value, y: category }
					: { x: category, y: value }
	} as ChartConfiguration['options'];
}

/** Draws a new chart for `spec` on `canvas`. */
export function createChart(canvas: HTMLCanvasElement, spec: ChartSpec): Chart {
	const p = palette(canvas);
	return new Chart(canvas, {
		type: spec.type,
		data: { labels: spec.labels, datasets: spec.series.map((s) => dataset(s, spec, p)) },
		options: options(spec, p)
	} as ChartConfiguration);
}

/**
 * Updates a chart in place with a new spec (same type): data, colours and scales, redrawn
 * without animation. Datasets are patched, not recreated, so chart.js keeps its elements.
 */
export function updateChart(chart: Chart, spec: ChartSpec): void {
	const p = palette(chart.canvas);
	chart.data.labels = spec.labels;
	const sets = chart.data.datasets;
	spec.series.forEach((s, i) => {
		const next = dataset(s, spec, p);
		const current = sets[i];
		if (current) Object.assign(current, next);
		else sets.push(next);
	});
	sets.length = spec.series.length;
	chart.options = options(spec, p) ?? {};
	chart.update('none');
}
