import type { Widen } from './messages';
import type { scorecardKo } from './scorecard.ko';
import { termLabels } from '../domain/scoring/labels';

const AEN = termLabels.en.answer;

/** English messages of the scorecard screens. */
export const scorecardEn: Widen<typeof scorecardKo> = {
	title: 'Scorecard',
	loading: 'Loading the scorecard…',
	notFound: 'This evaluation does not exist here. It was deleted or belongs to another device.',
	loadFailed: (reason: string) => `Could not load the scorecard: ${reason}`,
	print: 'Print',
	printHint: 'Choose "Save as PDF" in the print dialog to keep a PDF file.',
	header: {
		title: 'Evaluation',
		center: 'Center',
		scenario: 'Scenario',
		channel: 'Channel',
		timeSlot: 'Time slot',
		evaluator: 'Evaluator',
		status: 'Status',
		revision: (n: number) => `Revision ${n}`,
		revisionReason: (reason: string) => `Reason for revision: ${reason}`,
		consultedAt: 'Consultation',
		createdAt: 'Created',
		origin: 'Origin',
		imported: 'Imported evaluation',
		importedAt: (at: string) => `imported ${at}`,
		signer: (fingerprint: string) => `signer fingerprint ${fingerprint}`,
		unsigned: 'not signed',
		vouched: 'Verified by the programme',
		rules: 'Rules applied',
		catalog: (standard: string, date: string, revision: number) =>
			`${standard} Customer contact center services · criteria of ${date} · catalog revision ${revision}`,
		template: (name: string, version: number) => `Scoring template: ${name} (version ${version})`,
		evaluationId: 'Evaluation ID',
		noScenario: '(none)',
		defaultTemplate: 'KS S 1006 mystery shopping (default)'
	},
	verdict: {
		title: 'Result',
		overall: 'Overall score',
		points: (score: string) => `${score} points`,
		noScore: 'No score',
		noScoreReason: 'Nothing applicable was answered, so there is no score.',
		verdicts: termLabels.en.verdict,
		thresholds: (pass: number, excellent: number) =>
			`Verdict: excellent from ${excellent}, pass from ${pass}, fail below`,
		sectionsTitle: 'Scores by part',
		section: 'Part',
		score: 'Score',
		weight: 'Weight',
		sections: { pre: 'Pre-service', in: 'Service', post: 'Post-service' },
		inParts: { ivr: 'IVR', agent: 'Consultation (sheet 2 total)', other: 'Other service checks' },
		inPartsNote: 'The service score is the weighted mean of these three parts.',
		agentTotal: 'Total (sheet 2, agent checks)',
		notApplicable: 'not applicable',
		criticalTitle: 'Critical checks not met',
		criticalNone: 'No critical check was failed.',
		criticalFlagMode: 'Critical failures are flagged only; the score stands.',
		failedByCritical: (uncapped: string) =>
			`A critical check was not met, so the score was set to 0. Score before that: ${uncapped}`,
		incomplete: (n: number) => `${n} unanswered: the score covers the answered checks only`
	},
	marks: { ...termLabels.en.answer, unanswered: termLabels.en.unanswered },
	legend: `O ${AEN.met} · △ ${AEN.partial} · X ${AEN['not-met']} · N/A ${AEN.na} · – ${termLabels.en.unanswered}`,
	overridden: (suggested: string) => `Suggestion overridden (suggested: ${suggested})`,
	photos: (n: number) => (n === 1 ? '1 photo' : `${n} photos`),
	criticalTag: 'Critical check',
	checklist: {
		title: 'Reference 1: diagnostic checklist',
		area: 'Area',
		content: 'Content',
		item: 'Check',
		ox: 'O/X',
		remarks: 'Remarks',
		refersToAgent: 'Assessed in the reference 2 agent sheet.',
		empty: 'No checklist item applies to this evaluation.'
	},
	agent: {
		title: 'Reference 2: checks per consultation stage',
		category: 'Category',
		stage: 'Stage',
		item: 'Check',
		result: 'Result',
		remarks: 'Remarks',
		stageScore: (score: string) => `Stage score ${score}`,
		total: 'Total',
		opinion: 'Overall opinion',
		consultedAt: 'Consultation date and time',
		consultedAtValue: (y: number, m: number, d: number, from: string, to: string) =>
			`${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')} (${from} – ${to}, Seoul time)`,
		agentStatus: 'Agent',
		name: 'Name',
		team: 'Team',
		anonymised: 'Anonymised',
		blank: '(not recorded)',
		empty: 'No agent check applies to this evaluation.'
	},
	ivr: {
		title: 'IVR record',
		timeline: 'Call timeline',
		offset: 'Elapsed',
		event: 'Event',
		wallTime: 'Time',
		noEvents: 'No IVR events were recorded.',
		metrics: 'Measurements',
		metric: 'Measure',
		value: 'Value',
		threshold: 'Standard',
		result: 'Verdict',
		greeting: 'Greeting length',
		menuDepth: 'Menu depth',
		timeToAgent: 'Time to agent',
		hold: 'Time on hold',
		call: 'Call length',
		dropped: 'Dropped by the machine',
		unknown: 'unknown',
		seconds: (s: string) => `${s} s`,
		levels: (n: number) => (n === 1 ? '1 level' : `${n} levels`),
		atMostSeconds: (s: number) => `at most ${s} s`,
		atMostLevels: (n: number) => `at most ${n} levels`,
		callbackOffer: (s: number) => `callback offered after ${s} s`,
		noDrop: 'must not drop',
		noThreshold: '–',
		within: 'within',
		over: 'over',
		met: 'met',
		notMet: 'not met',
		yes: 'yes',
		no: 'no'
	},
	followUps: {
		title: 'Follow-ups',
		empty: 'No callback or e-mail inquiry was recorded.',
		kind: 'Kind',
		requested: 'Requested / sent',
		reserved: 'Reserved slot',
		deadline: 'Deadline',
		responded: 'Response',
		status: 'Verdict',
		callback: (via: string) => `Callback (${via})`,
		email: 'E-mail answer',
		noSlot: (h: number) => `no slot (within ${h} h)`,
		notApplicable: '–',
		noResponse: 'no response',
		noDeadline: 'no standard',
		statuses: {
			met: 'Met',
			'not-met': 'Not met',
			pending: 'Pending',
			'unknown-standard': 'No standard on record'
		},
		asOf: (at: string) => `Judged as of ${at}`
	},
	evidence: {
		title: 'Evidence photos',
		empty: 'No photos were attached.',
		loading: 'Loading photos…',
		missing: 'This photo is not on this device',
		alt: (checkId: string, n: number) => `${checkId} evidence photo ${n}`
	},
	footer: {
		generated: (at: string) => `This scorecard was generated on ${at}.`,
		integrity:
			'This printout is a copy of the evaluation record. A signed export (bundle) proves that it matches the original.'
	},
	rescore: {
		title: 'The scoring template changed',
		body: (from: number, to: number) =>
			`This evaluation is still scored under template v${from}, the one it was finalized under. The campaign's template is now v${to}. To re-score it under the current template, give a reason; it is kept in the change log.`,
		reason: 'Why re-score',
		reasonRequired: 'A reason is needed to re-score.',
		submit: 'Re-score under the current template'
	}
};
