import { describe, expect, it } from 'vitest';
import { csvCell, guardFormula, scoreCell, seoulDateTime, toCsv } from './csv';

describe('CSV writing', () => {
	it('RFC 4180: fields with comma, quote or newline are quoted, quotes doubled', () => {
		expect(csvCell('plain')).toBe('plain');
		expect(csvCell('a,b')).toBe('"a,b"');
		expect(csvCell('say "hi"')).toBe('"say ""hi"""');
		expect(csvCell('line 1\nline 2')).toBe('"line 1\nline 2"');
		expect(csvCell('cr\r')).toBe('"cr\r"');
		expect(csvCell('상담사 A')).toBe('상담사 A');
	});

	it('numbers as written, null and undefined empty, non-finite numbers empty', () => {
		expect([csvCell(53.13), csvCell(0), csvCell(null), csvCell(undefined), csvCell(NaN)]).toEqual([
			'53.13',
			'0',
			'',
			'',
			''
		]);
	});

	it('formula injection: text starting with = + - @ tab or CR gets a leading apostrophe', () => {
		expect(guardFormula('=HYPERLINK("http://x","y")')).toBe(`'=HYPERLINK("http://x","y")`);
		expect(['+1', '-1', '@SUM(A1)', '\tx', '\rx'].map(guardFormula)).toEqual([
			"'+1",
			"'-1",
			"'@SUM(A1)",
			"'\tx",
			"'\rx"
		]);
		expect(guardFormula('a=b')).toBe('a=b');
		expect(guardFormula("'already")).toBe("'already");
		expect(csvCell('=1+1,2')).toBe(`"'=1+1,2"`);
		expect(csvCell('\r=cmd')).toBe(`"'\r=cmd"`);
	});

	it('formula injection after leading white space (space, tab, newline, ideographic space) is guarded too', () => {
		const cases = [
			' =1+1',
			'  +cmd',
			'\n=cmd',
			'\n',
			'\t',
			' \t@SUM(A1)',
			'\u3000=1',
			'\u00a0-2+3'
		];
		for (const text of cases) expect(guardFormula(text)).toBe(`'${text}`);
		expect(csvCell(' =HYPERLINK("http://x")')).toBe(`"' =HYPERLINK(""http://x"")"`);
		expect(csvCell('\n=cmd')).toBe(`"'\n=cmd"`);
	});

	it('full-width ＝ ＋ － ＠ start a formula as the ASCII signs do, alone or after white space', () => {
		for (const text of ['＝1+1', '＋1', '－1', '＠SUM(A1)', ' ＝cmd', '\u3000＋1']) {
			expect(guardFormula(text)).toBe(`'${text}`);
		}
		// The signs inside text, or other full-width characters first, are text.
		for (const text of ['a＝b', '１＋１', '（주）상담', ' 안녕하세요', '\u3000상담사']) {
			expect(guardFormula(text)).toBe(text);
		}
	});

	it('numbers are not guarded: a negative number stays a number', () => {
		expect(csvCell(-5)).toBe('-5');
	});

	it('a file starts with the UTF-8 BOM and every line ends with CRLF', () => {
		const text = toCsv(
			['이름', 'note'],
			[
				['김민지', 'a\nb'],
				[1, null]
			]
		);
		expect(text).toBe('\uFEFF이름,note\r\n김민지,"a\nb"\r\n1,\r\n');
		expect(text.split('\r\n')).toHaveLength(4);
	});

	it('times are Asia/Seoul YYYY-MM-DD HH:mm; 15:30 UTC is 00:30 the next day in Seoul', () => {
		expect(seoulDateTime(Date.UTC(2025, 8, 1, 1, 0))).toBe('2025-09-01 10:00');
		expect(seoulDateTime(Date.UTC(2025, 11, 31, 15, 30))).toBe('2026-01-01 00:30');
	});

	it('scores read as on screen, one decimal rounded half away from zero: 53.125 → 53.1, 79.996 → 80.0', () => {
		expect([
			scoreCell(53.125),
			scoreCell(200 / 3),
			scoreCell(79.996),
			scoreCell(97.35),
			scoreCell(null),
			scoreCell(100)
		]).toEqual(['53.1', '66.7', '80.0', '97.4', null, '100.0']);
	});
});
