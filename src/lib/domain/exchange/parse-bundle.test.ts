import { describe, expect, it } from 'vitest';
import { buildEvaluationV1 } from '../../testing/legacy';
import { bundleAsJson, buildTestBundle } from '../../testing/bundles';
import { formatMegabytes, utf8Length } from './file-size';
import { parseBundle } from './parse-bundle';

const text = (doc: unknown) => JSON.stringify(doc);
const errorsOf = (input: string, opts = {}) => {
	const res = parseBundle(input, opts);
	return res.ok ? [] : res.errors.map((e) => `${e.path}: ${e.message}`);
};
type Doc = Record<string, unknown> & { evaluations: Record<string, unknown>[] };
const doc = () => bundleAsJson() as Doc;

describe('parseBundle', () => {
	it('a valid bundle parses to the same records', () => {
		const res = parseBundle(text(buildTestBundle()));
		expect(res).toMatchObject({ ok: true, bundle: buildTestBundle(), notices: [] });
	});

	it('<script> in a note is data: accepted and round-tripped unchanged', () => {
		const b = buildTestBundle();
		const note = '<script>alert(1)</script> & "quotes" </textarea>';
		b.evaluations[0]!.answers['A1-01']!.note = note;
		b.evaluations[0]!.overallOpinion = '<img src=x onerror=alert(1)>';
		const res = parseBundle(text(b));
		expect(res.ok).toBe(true);
		if (!res.ok) return;
		expect(res.bundle.evaluations[0]?.answers['A1-01']?.note).toBe(note);
		expect(res.bundle.evaluations[0]?.overallOpinion).toBe('<img src=x onerror=alert(1)>');
		expect(parseBundle(text(res.bundle))).toMatchObject({ ok: true, bundle: b });
	});

	it('size is checked before JSON.parse: "file is 61.2 MB; the limit is 40 MB"', () => {
		const big = 'x'.repeat(Math.round(61.15 * 1024 * 1024));
		expect(errorsOf(big)).toEqual(['(file): file is 61.2 MB; the limit is 40 MB']);
		expect(errorsOf(text(buildTestBundle()), { maxBytes: 1000 })[0]).toMatch(
			/^\(file\): file is 0\.\d MB; the limit is 0\.1 MB$/
		);
	});

	it('size counts UTF-8 bytes: Hangul is 3 bytes, an emoji 4', () => {
		expect(utf8Length('a가😀')).toBe(1 + 3 + 4);
		expect(formatMegabytes(50 * 1024 * 1024)).toBe('50 MB');
		expect(formatMegabytes(50 * 1024 * 1024 + 1)).toBe('50.1 MB');
	});

	it('not JSON: the parser message is passed on', () => {
		expect(errorsOf('{"format": ')).toEqual([
			'(file): not a JSON file: Unexpected end of JSON input'
		]);
		expect(errorsOf('hello')[0]).toMatch(/^\(file\): not a JSON file: Unexpected token/);
	});

	it('an empty file says so', () => {
		expect(errorsOf('')).toEqual(['(file): the file is empty']);
		expect(errorsOf(' \n')).toEqual(['(file): the file is empty']);
	});

	it('one leading UTF-8 BOM is ignored (Windows editors add it); two are not JSON', () => {
		expect(parseBundle('\uFEFF' + text(buildTestBundle())).ok).toBe(true);
		expect(errorsOf('\uFEFF\uFEFF' + text(buildTestBundle()))[0]).toMatch(/not a JSON file/);
	});

	it('wrong format tag: one clear line, nothing else', () => {
		expect(errorsOf(text({ ...doc(), format: 'excel' }))).toEqual([
			'format: not a KS S 1006 bundle (format is "excel", expected "ks-s-1006-bundle")'
		]);
		expect(errorsOf('[1,2]')).toEqual(['(root): not a KS S 1006 bundle (expected a JSON object)']);
	});

	it('a future format version names both versions', () => {
		expect(errorsOf(text({ ...doc(), formatVersion: 3 }))).toEqual([
			'formatVersion: bundle format 3 is newer than this app supports (2)'
		]);
	});

	it('record errors carry the record path: evaluations[1].answers.A1-01.value', () => {
		const d = doc();
		(d.evaluations[1]!.answers as Record<string, { value: string }>)['A1-01']!.value = 'yes';
		expect(errorsOf(text(d))).toEqual([
			'evaluations[1].answers.A1-01.value: expected one of met, partial, not-met, na'
		]);
	});

	it('unknown check ids are errors (validated against the catalog)', () => {
		const d = doc();
		(d.evaluations[0]!.answers as Record<string, unknown>)['B9-99'] = {
			value: 'met',
			evidenceIds: [],
			answeredAt: 1_756_688_400_000
		};
		expect(errorsOf(text(d))).toEqual(['evaluations[0].answers.B9-99: unknown check id B9-99']);
	});

	it('a format 1 bundle with older records still imports: its records are migrated', () => {
		const d = doc();
		d.formatVersion = 1;
		d.evaluations = [buildEvaluationV1({ id: d.evaluations[1]!.id })];
		d.photos = [
			{ ...(d.photos as object[])[0], id: 'photo-1', evaluationId: d.evaluations[0]!.id }
		];
		const res = parseBundle(text(d));
		expect(res.ok).toBe(true);
		if (res.ok)
			expect(res.bundle.evaluations[0]).toMatchObject({ status: 'final', deviceId: 'legacy' });
	});

	it('format and record schema go together: no current records in format 1, no old ones in format 2', () => {
		const relabelled = { ...doc(), formatVersion: 1 };
		expect(errorsOf(text(relabelled))).toContain(
			'evaluations[0].schemaVersion: a format 1 bundle carries records of schema 1–2, not 3'
		);
		const d = doc();
		d.evaluations[1] = buildEvaluationV1({ id: d.evaluations[1]!.id });
		expect(errorsOf(text(d))).toContain(
			'evaluations[1].schemaVersion: a format 2 bundle carries records of schema 3'
		);
	});

	it('duplicate ids, a missing campaign and an orphan photo are named', () => {
		const d = doc();
		d.evaluations[1]!.id = d.evaluations[0]!.id;
		d.evaluations[0]!.campaignId = '000000ca-0000-4000-8000-000000000063';
		(d.photos as Record<string, unknown>[])[0]!.evaluationId =
			'00000000-0000-4000-8000-000000000063';
		expect(errorsOf(text(d))).toEqual([
			'evaluations[1].id: duplicate evaluation id 00000000-0000-4000-8000-000000000001 (also evaluations[0])',
			'evaluations[0].campaignId: campaign 000000ca-0000-4000-8000-000000000063 is not in the bundle',
			'photos[0].evaluationId: evaluation 00000000-0000-4000-8000-000000000063 is not in the bundle'
		]);
	});

	it('times in seconds instead of milliseconds are caught', () => {
		const d = doc();
		d.evaluations[0]!.updatedAt = 1_756_688_400;
		expect(errorsOf(text(d))).toEqual([
			'evaluations[0].updatedAt: is before the year 2000: looks like seconds, not milliseconds'
		]);
	});

	it('another catalog revision is a notice, another criteria date an error', () => {
		const d = doc();
		const res = parseBundle(text({ ...d, catalog: { ...(d.catalog as object), revision: 99 } }));
		expect(res.ok && res.notices).toEqual([
			{ path: 'catalog.revision', message: 'made with catalog revision 99; this app has 1' }
		]);
		const old = { ...d, catalog: { ...(d.catalog as object), criteriaDate: '2019-01-01' } };
		expect(errorsOf(text(old))).toEqual([
			'catalog.criteriaDate: made for the KS S 1006 criteria of 2019-01-01; this app uses those of 2025-08-22'
		]);
	});

	it('a hostile __proto__ key is rejected and pollutes nothing', () => {
		const t = text(doc()).replace('"campaigns":', '"__proto__":{"polluted":true},"campaigns":');
		expect(errorsOf(t)).toEqual(['__proto__: forbidden key "__proto__"']);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	it('errors stop at 100 and the rest are counted', () => {
		const d = doc();
		const e = d.evaluations[0]!;
		d.evaluations = Array.from({ length: 150 }, () => ({ ...e, evaluator: '' }));
		const res = parseBundle(text(d));
		if (res.ok) throw new Error('expected a failure');
		expect(res.errors).toHaveLength(100);
		expect(res.errors[99]).toEqual({
			path: 'evaluations[99].evaluator',
			message: 'must not be empty'
		});
		expect(res.errorCount).toBe(150);
	});

	it('a failure before the record checks counts what it found', () => {
		const res = parseBundle('{}');
		if (res.ok) throw new Error('expected a failure');
		expect(res.errorCount).toBe(res.errors.length);
		expect(res.errorCount).toBeGreaterThan(0);
	});

	it('never throws, whatever it is given', () => {
		expect(parseBundle(undefined as unknown as string).ok).toBe(false);
		expect(parseBundle('null').ok).toBe(false);
		expect(parseBundle('"a string"').ok).toBe(false);
	});

	it('duplicate IVR-event ids in one evaluation: refused, naming both places', () => {
		const d = doc();
		const events = (d.evaluations[0]!.ivr as { events: { id: string }[] }).events;
		events[3]!.id = events[1]!.id;
		expect(errorsOf(text(d))).toEqual([
			`evaluations[0].ivr.events.3.id: duplicate id "${events[1]!.id}" (also ivr.events.1)`
		]);
	});

	it('duplicate follow-up ids in one evaluation: refused; the same id in two evaluations is fine', () => {
		const d = doc();
		const followUps = d.evaluations[0]!.followUps as { id: string }[];
		followUps.push({ ...followUps[0]! });
		expect(errorsOf(text(d))).toEqual([
			'evaluations[0].followUps.1.id: duplicate id "f1" (also followUps.0)'
		]);
		const ok = doc();
		ok.evaluations[1]!.followUps = (ok.evaluations[0]!.followUps as unknown[]).slice();
		expect(parseBundle(text(ok)).ok).toBe(true);
	});

	it('an unknown field padded with megabytes is refused before any schema reads it', () => {
		const d = doc();
		d.padding = 'x'.repeat(3 * 1024 * 1024);
		expect(errorsOf(text(d))).toEqual([
			'padding: is a text of more than 65536 characters; no text in a bundle is longer (photos aside)'
		]);
		const small = doc();
		small.exportedBy = { tool: 'spreadsheet', version: '2' };
		expect(parseBundle(text(small)).ok).toBe(true);
	});
});
