/**
 * The two CSV exports auditors open in Excel: one row per evaluation with its scores, and one
 * row per answer. Headers and labels follow the locale; ids (evaluation, campaign, check) are
 * the same ids as in storage and bundles. Columns are listed in docs/bundle-format.md.
 */
import {
	allChecks,
	catalog as appCatalog,
	checkById,
	groupOfCheck,
	stageOfCheck
} from '../catalog';
import type { Catalog } from '../catalog/types';
import type { Campaign } from '../record/campaign';
import type { Evaluation } from '../record/evaluation';
import { readRecord } from '../reading/read';
import type { Reading } from '../reading/reading';
import type { EvaluationScore } from '../scoring';
import { toCsv, scoreCell, seoulDateTime, type CsvCell } from './csv';
import { answerHeaders, evaluationHeaders, labels, type CsvLocale } from './csv-labels';

export interface CsvItem {
	evaluation: Evaluation;
	campaign: Campaign;
	score: EvaluationScore;
	reading: Reading;
}

/**
 * Reads evaluations for the CSV as every screen does (`readRecord`: at `now`, under the
 * template each was finalized with). Evaluations without their campaign are left out.
 */
export function csvItems(
	evaluations: readonly Evaluation[],
	campaigns: readonly Campaign[],
	catalog: Catalog = appCatalog,
	now: number = Date.now()
): CsvItem[] {
	const byId = new Map(campaigns.map((c) => [c.id, c]));
	const out: CsvItem[] = [];
	for (const stored of evaluations) {
		const campaign = byId.get(stored.campaignId);
		if (!campaign) continue;
		const { evaluation, score, reading } = readRecord(stored, campaign, now, catalog);
		out.push({ evaluation, campaign, score, reading });
	}
	return out;
}

/** One row per evaluation: identity, context, scores and verdict (CSV text with BOM). */
export function evaluationsCsv(items: readonly CsvItem[], locale: CsvLocale): string {
	const l = labels[locale];
	const rows = items.map(({ evaluation: e, campaign, score: s, reading: r }): CsvCell[] => [
		e.id,
		e.revision,
		l.status[r.status],
		campaign.id,
		campaign.center.name,
		l.channel[e.channel],
		e.scenario,
		l.timeSlot[r.timeSlot],
		e.evaluator,
		e.agent?.name,
		e.agent?.team,
		e.consultedAt?.date,
		e.consultedAt?.from,
		e.consultedAt?.to,
		scoreCell(r.score),
		r.verdict ? l.verdict[r.verdict] : null,
		scoreCell(s.sections.pre.score),
		scoreCell(s.sections.in.score),
		scoreCell(s.sections.post.score),
		scoreCell(s.agentTotal),
		s.criticalDefects.join(' '),
		seoulDateTime(e.createdAt),
		seoulDateTime(e.updatedAt)
	]);
	return toCsv(evaluationHeaders[locale], rows);
}

const CATALOG_ORDER = new Map(allChecks().map((c, i) => [c.id, i]));

/** Answer keys in catalog order; ids outside the catalog last, alphabetically. */
function orderedCheckIds(e: Evaluation): string[] {
	const rank = (id: string) => CATALOG_ORDER.get(id) ?? Infinity;
	return Object.keys(e.answers).sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}

/** One row per answer: check id, group or stage, the check text, value, note, when. */
export function answersCsv(
	items: readonly Pick<CsvItem, 'evaluation'>[],
	locale: CsvLocale
): string {
	const l = labels[locale];
	const rows: CsvCell[][] = [];
	for (const { evaluation: e } of items) {
		for (const id of orderedCheckIds(e)) {
			const a = e.answers[id]!;
			const check = checkById(id);
			const unit = groupOfCheck(id) ?? stageOfCheck(id);
			const row: CsvCell[] = [
				e.id,
				e.revision,
				id,
				unit?.id,
				unit?.title[locale],
				check?.text.ko,
				l.answer[a.value],
				a.note,
				seoulDateTime(a.answeredAt),
				a.overridesSuggestion ? l.answer[a.overridesSuggestion.suggested] : null
			];
			if (locale === 'en') row.splice(6, 0, check?.text.en);
			rows.push(row);
		}
	}
	return toCsv(answerHeaders[locale], rows);
}
