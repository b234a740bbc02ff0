/**
 * CSV writing for spreadsheets: RFC 4180 quoting, CRLF line ends, UTF-8 BOM first so Excel
 * reads Korean as UTF-8, and a guard against formula injection (a text cell starting with
 * = + - @, their full-width forms ＝ ＋ － ＠ (which Korean and Japanese input methods type and
 * spreadsheets read as the same signs), or any of these after leading white space, or starting
 * with a tab, CR or LF, gets a leading apostrophe, so the spreadsheet shows it as text instead
 * of running it).
 */
import { SEOUL_OFFSET_MS } from '../record/seoul-time';
import { scoreText } from '../scoring/format-score';

/** A cell: text is quoted and guarded, numbers are written as they are, null is empty. */
export type CsvCell = string | number | null | undefined;

const BOM = '\uFEFF';
const CRLF = '\r\n';
/** White space first (spreadsheets skip it), then a sign that starts a formula. */
const FORMULA_START = /^(?:[\t\r\n]|\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/u;
const NEEDS_QUOTES = /[",\r\n]/;

/** Prefixes `'` to text a spreadsheet would read as a formula; other text is unchanged. */
export function guardFormula(text: string): string {
	return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One cell as CSV text: guarded, then quoted (inner quotes doubled) when RFC 4180 needs it. */
export function csvCell(cell: CsvCell): string {
	if (cell === null || cell === undefined) return '';
	if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
	const text = guardFormula(cell);
	return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole CSV file: BOM, the header row, the rows, each line ended by CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
	const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
	return BOM + lines.join(CRLF) + CRLF;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DD HH:mm` in Asia/Seoul (fixed UTC+9, see seoul-time.ts). */
export function seoulDateTime(ms: number): string {
	const d = new Date(ms + SEOUL_OFFSET_MS);
	return (
		`${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ` +
		`${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`
	);
}

/**
 * A score for a cell as the screens show it ('80.0': one decimal, the shared rounding); no
 * score stays empty. Spreadsheets read '80.0' as the number 80.
 */
export function scoreCell(score: number | null | undefined): string | null {
	return score === null || score === undefined ? null : scoreText(score);
}
