/**
 * Small pure helpers of the audit view: how a check number is printed, how a rate is written
 * and which evidence checks did worst.
 */
import { catalog, checkById } from '$lib/domain/catalog';
import type { CheckRate, Rate } from '$lib/domain/aggregate';
import type { Locale } from '$lib/i18n';
import { formatPercent, formatScore } from '$lib/i18n/format';

const CHECK_LABEL = new Map<string, string>();
for (const section of catalog.checklist) {
	for (const group of section.groups) {
		for (const check of group.checks) {
			CHECK_LABEL.set(check.id, `${section.label}(${group.no}) ${check.no})`);
		}
	}
}

/** A 참고 1 check as printed ("가(1) 6)"); agent-sheet checks keep their id ("S03-5"). */
export function checkLabel(checkId: string): string {
	return CHECK_LABEL.get(checkId) ?? checkId;
}

/** Whether a check is on the 참고 1 checklist (and so has a row to link to). */
export function isChecklistCheck(checkId: string): boolean {
	return CHECK_LABEL.has(checkId);
}

/** The anchor of a checklist row; agent-sheet checks point at 나(2) 상담. */
export function checkAnchor(checkId: string): string {
	return isChecklistCheck(checkId) ? `audit-check-${checkId}` : 'audit-check-B2';
}

/** The check's text in a language (its id when it left the catalog). */
export function checkText(checkId: string, locale: Locale): string {
	return checkById(checkId)?.text[locale] ?? checkId;
}

/** A share 0…1 as a percentage with the given decimals, "–" when unknown. */
export function pct(x: number | null, digits = 0): string {
	return x === null ? '–' : `${formatPercent(x, digits)} %`;
}

/** "82.0 % (95 % CI 70.1–90.3 %)"-style pieces of a rate. */
export function rateParts(r: Rate): { rate: string; low: string; high: string } {
	return { rate: pct(r.rate, 1), low: pct(r.low, 1), high: pct(r.high, 1) };
}

export interface WorstCheck {
	id: string;
	rate: CheckRate;
}

/** The evidence checks below full compliance, lowest rate first (ties: most not met). */
export function worstChecks(
	ids: readonly string[],
	checks: Readonly<Record<string, CheckRate>>,
	limit = 3
): WorstCheck[] {
	return ids
		.flatMap((id) => {
			const rate = checks[id];
			return rate && rate.rate !== null && rate.rate < 1 ? [{ id, rate }] : [];
		})
		.sort((a, b) => (a.rate.rate ?? 0) - (b.rate.rate ?? 0) || b.rate.notMet - a.rate.notMet)
		.slice(0, limit);
}

/** A score (the agent 총점's mean, median…) as every screen shows it: one decimal, rounded. */
export function num(x: number | null): string {
	return formatScore(x);
}
