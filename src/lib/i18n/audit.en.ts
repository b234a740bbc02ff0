import type { Widen } from './messages';
import type { auditKo } from './audit.ko';

/** English messages of the audit screens. */
export const auditEn: Widen<typeof auditKo> = {
	title: 'Certification audit',
	loading: 'Loading the audit…',
	notFound: 'Campaign not found. It was deleted or the address is wrong.',
	loadFailed: (reason: string) => `Could not load the audit: ${reason}`,
	backToCampaigns: 'Back to campaigns',
	print: 'Print',
	auditor: 'Auditor',
	auditorHint: 'The auditor name printed on the report',
	basis: (final: number) => `Based on ${final} final evaluation(s).`,
	excluded: (draft: number, awaiting: number) =>
		`${draft} draft(s) and ${awaiting} awaiting follow-up are left out.`,
	noFinal: 'No final evaluations yet. The checklist and the site audit can still be filled in.',
	saving: 'Saving…',
	saved: 'Saved',
	saveFailed: 'Could not save. Your input stays on screen and will be retried automatically.',
	retryNow: 'Retry now',
	noteFailed: (reason: string) => `Could not save the note: ${reason}`,
	sectionsLabel: 'Audit part',
	tabs: {
		service: 'Service audit',
		checklist: 'Diagnostic checklist',
		site: 'Site audit'
	},
	progress: (done: number, total: number) => `${done}/${total}`,
	verdicts: { 적합: 'Conforms', 부적합: 'Nonconforming', 관찰: 'Observation' },
	verdictGroup: (item: string) => `${item} verdict`,
	clear: 'Clear',
	note: 'Note',
	service: {
		heading: '2. Service audit criteria',
		intro:
			'The auditor decides each verdict, with the suggestion from the evaluations as a guide. Nothing is pre-selected.',
		clauses: (list: string) => `KS S 1006 ${list}`,
		evidence: 'Evidence',
		noEvaluations: 'No evaluations',
		noAnswers: 'No applicable answers',
		answers: (n: number) => `${n} answer(s)`,
		compliance: (rate: string, low: string, high: string) =>
			`compliance ${rate} (95 % CI ${low}–${high})`,
		notMet: (n: number) => `${n} not met`,
		critical: (n: number) => `${n} critical defect(s)`,
		worst: 'Lowest compliance',
		worstRate: (rate: string, notMet: number, n: number) => `${rate} (${notMet}/${n} not met)`,
		suggested: 'Suggested',
		confirmed: 'Confirmed',
		notConfirmed: 'Not confirmed',
		differs: 'Differs from suggestion',
		noteNeedsVerdict: 'Choose a verdict to add a note.'
	},
	checklist: {
		heading: 'Annex 1 diagnostic checklist',
		intro:
			'Mark every item O or X. Nothing is pre-filled; the evaluations’ results are a hint only.',
		auditorOnly: 'Auditor check',
		hint: (n: number, rate: string) => `${rate} met in ${n} evaluation answer(s)`,
		hintNone: 'No evaluation answers',
		agentRef: 'Checked through the 총점 of the Annex 2 agent sheet.',
		agentTotal: (mean: string, n: number) => `Agent 총점 mean ${mean} (${n} evaluation(s))`,
		agentSpread: (median: string, min: string, max: string) =>
			`median ${median} · min ${min} · max ${max}`,
		agentNone: 'No agent 총점 (no final evaluations)',
		column: {
			item: 'Area',
			content: 'Content',
			check: 'Check',
			ox: 'O/X',
			note: 'Note'
		}
	},
	site: {
		heading: '1. Site audit criteria',
		intro: 'On site, check each criterion of every audit item and give a verdict.',
		criterion: 'Criterion',
		noClause: 'KS S 1006 as a whole'
	},
	report: {
		title: 'KS S 1006 service certification audit report',
		center: 'Center',
		auditor: 'Auditor',
		date: 'Date',
		catalog: 'Criteria',
		catalogValue: (date: string, revision: number) =>
			`KS S 1006 certification audit criteria (enacted ${date}) · catalog revision ${revision}`,
		basis: 'Evaluations',
		basisValue: (final: number, excluded: number) =>
			`${final} final evaluation(s) (${excluded} not final left out)`,
		summary: 'Progress',
		summaryValue: (service: string, checklist: string, site: string) =>
			`service ${service} · checklist ${checklist} · site ${site}`,
		unnamed: '(not given)',
		serviceTable: '2. Service audit criteria',
		checklistTable: 'Annex 1 diagnostic checklist',
		siteTable: '1. Site audit criteria',
		col: {
			item: 'Item',
			criterion: 'Criterion',
			evidence: 'Evidence',
			suggested: 'Suggested',
			confirmed: 'Confirmed',
			note: 'Note',
			verdict: 'Verdict'
		},
		appendix: 'Appendix. 3. Display of certification',
		place: 'Where',
		method: 'How',
		contents: 'What',
		classification: 'Service certification classification',
		standardNo: 'KS number',
		standardName: 'KS name',
		grade: 'Type or grade'
	}
};
