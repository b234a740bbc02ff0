import type { Widen } from './messages';
import type { dashboardKo } from './dashboard.ko';

/** English messages of the dashboard screens. */
export const dashboardEn: Widen<typeof dashboardKo> = {
	title: 'Campaign dashboard',
	titleOf: (center: string) => `${center} dashboard`,
	loading: 'Loading evaluations…',
	notFoundTitle: 'Campaign not found',
	notFoundBody: 'It was deleted or the address is wrong. Your other stored data is untouched.',
	loadFailed: (reason: string) => `Could not load the dashboard: ${reason}`,
	chartFailed: (reason: string) =>
		`Could not draw the chart: ${reason}. The table view still works.`,
	backToReports: 'Back to reports',
	emptyTitle: 'No evaluations yet',
	emptyBody:
		'Once evaluations of this campaign are finalised, scores, pass rate, time to agent and per-check compliance appear here. Drafts are left out of the statistics.',
	noMatch: 'No scored evaluation matches the filters. Change or reset them.',
	scope: (scored: number) =>
		`Based on ${scored} final or awaiting-follow-up evaluations. Drafts are left out.`,
	filters: {
		title: 'Filters',
		period: 'Period',
		from: 'From',
		to: 'To',
		channel: 'Channel',
		timeSlot: 'Time slot',
		evaluator: 'Evaluator',
		reset: 'Reset filters',
		active: (n: number) => `${n} filter(s) applied`,
		show: 'Show filters',
		hide: 'Hide filters'
	},
	figures: {
		title: 'Key figures',
		evaluations: 'Evaluations',
		evaluationsValue: (n: number) => `${n}`,
		byStatus: (final: number, awaiting: number, draft: number) =>
			`final ${final} · awaiting follow-up ${awaiting} · draft ${draft}`,
		mean: 'Mean score',
		points: (x: string) => x,
		spread: (sd: string, min: string, max: string, median: string, n: number) =>
			`SD ${sd} · range ${min}–${max} · median ${median} (n=${n})`,
		agentTotal: 'Mean agent total (Ref. 2)',
		passRate: 'Pass rate',
		passRateHint: (pass: number) => `score ${pass} or more`,
		timeToAgent: 'Time to agent',
		timeToAgentValue: (median: string) => `median ${median} s`,
		timeToAgentDetail: (p90: string, n: number) => `90th percentile ${p90} s (n=${n})`,
		serviceLevel: (seconds: number) => `Answered within ${seconds} s`,
		serviceLevelHint: 'Calls lost in the IVR count as not answered.',
		callback: 'Callback compliance',
		email: 'E-mail answer compliance',
		pending: (n: number) => `${n} pending left out`,
		unknownStandard: (n: number) => `${n} without a published standard left out`,
		critical: 'Critical defect rate',
		criticalHint: 'Share of evaluations answering a critical check (B1-06, B1-07…) with a defect',
		rate: (pct: string, n: number, low: string, high: string) =>
			`${pct} % (n=${n}, 95 % CI ${low}–${high} %)`,
		none: '–',
		reasons: {
			noScored: 'No scored evaluation',
			noTimes: 'No call with a recorded time to agent',
			noCalls: 'No call whose outcome is known',
			noCallbacks: 'No callback judged yet',
			noEmails: 'No e-mail enquiry judged yet',
			noCritical: 'No evaluation answered a critical check',
			noAgent: 'No evaluation answered the agent sheet'
		}
	},
	charts: {
		showTable: 'Show as a table',
		loading: 'Preparing the chart…',
		percent: 'Compliance (%)',
		interval: '95 % CI',
		n: 'n',
		noData: 'No data',
		sections: 'Compliance by area',
		sectionsSummary: (parts: string) => `Compliance by area: ${parts}`,
		sectionLabels: {
			pre: 'Pre-service',
			ivr: 'IVR',
			agent: 'Consultation (Ref. 2)',
			other: 'Other service',
			post: 'Post-service',
			in: 'Service overall'
		},
		area: 'Area',
		stages: 'Compliance by consultation stage',
		stagesSummary: (worst: string) => `Compliance of the 11 stages. Lowest: ${worst}`,
		stage: 'Stage',
		checks: 'Compliance by check (worst first)',
		checksSummary: (n: number, worst: string) =>
			`Compliance of ${n} checks, worst first. Lowest: ${worst}`,
		check: 'Check',
		notMet: 'Not met',
		showAllChecks: (n: number) => `Chart all ${n} checks`,
		showWorstChecks: (n: number) => `Chart the ${n} worst only`,
		trend: 'Mean score over time',
		trendSummary: (unit: string, n: number, last: string) =>
			`Mean score by ${unit}, ${n} periods. Latest mean ${last}`,
		week: 'week',
		month: 'month',
		period: 'Period',
		meanScore: 'Mean score',
		count: 'Evaluations',
		tta: 'Time to agent distribution',
		ttaSummary: (n: number, within: number, seconds: number, lost: number) =>
			`${within} of ${n} answered calls within ${seconds} s. ${lost} calls never reached an agent`,
		ttaThreshold: (seconds: number) => `Within ${seconds} s (service level)`,
		ttaOver: (seconds: number) => `Over ${seconds} s`,
		ttaBin: (from: number, to: number) => `${from}–${to} s`,
		ttaOverflow: (from: number) => `Over ${from} s`,
		ttaLost: 'No agent',
		calls: 'Calls',
		bin: 'Range'
	},
	comparison: {
		title: 'Campaign comparison',
		caption:
			'Each campaign under the same period, channel and time-slot filters (evaluator filter not applied)',
		center: 'Center',
		n: 'n',
		mean: 'Mean',
		passRate: 'Pass rate',
		tta: 'Median to agent',
		serviceLevel: 'Service level',
		critical: 'Critical rate',
		current: '(this one)',
		seconds: (x: string) => `${x} s`
	}
};
