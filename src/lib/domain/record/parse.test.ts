import { describe, expect, it } from 'vitest';
import { buildCampaign, buildEvaluation } from '../../testing/builders';
import { smallCatalog } from '../../testing/catalog-builder';
import { parseCampaign, parseEvaluation } from './parse';

const valid = () =>
	JSON.parse(
		JSON.stringify(buildEvaluation({ values: { 'A1-01': 'met', 'B1-07': 'na' } }))
	) as Record<string, unknown>;
/** A plain answer as stored, to put under any key. */
const metAnswer = { value: 'met', evidenceIds: [], answeredAt: 0 };
const errorsOf = (input: unknown, catalog = false) => {
	const res = parseEvaluation(input, catalog ? { catalog: smallCatalog() } : {});
	return res.ok ? [] : res.errors.map((e) => `${e.path}: ${e.message}`);
};

describe('parseEvaluation', () => {
	it('a valid evaluation round-trips through JSON', () => {
		const res = parseEvaluation(valid(), { catalog: smallCatalog() });
		expect(res).toEqual({
			ok: true,
			value: buildEvaluation({ values: { 'A1-01': 'met', 'B1-07': 'na' } })
		});
	});

	it('wrong answer value: a readable message naming the path and the allowed values', () => {
		const doc = valid();
		(doc.answers as Record<string, { value: string }>)['B1-07']!.value = 'yes';
		expect(errorsOf(doc)).toEqual([
			'answers.B1-07.value: expected one of met, partial, not-met, na'
		]);
	});

	it('wrong types and missing fields are listed together', () => {
		const doc = valid();
		delete doc.evaluator;
		doc.revision = 1.5;
		doc.createdAt = 'yesterday';
		expect(errorsOf(doc)).toEqual([
			'evaluator: is required (expected string)',
			'revision: expected int, received number',
			'createdAt: expected number, received string'
		]);
	});

	it('extra fields are stripped, not kept and not an error', () => {
		const doc = { ...valid(), exportedBy: 'other tool', ivr: { events: [], extra: 1 } };
		const res = parseEvaluation(doc);
		expect(res.ok).toBe(true);
		if (res.ok) {
			expect('exportedBy' in res.value).toBe(false);
			expect('extra' in res.value.ivr).toBe(false);
		}
	});

	it('unknown check ids are an error when a catalog is given, accepted without one', () => {
		const doc = valid();
		(doc.answers as Record<string, unknown>)['B9-99'] = metAnswer;
		expect(errorsOf(doc, true)).toEqual(['answers.B9-99: unknown check id B9-99']);
		expect(errorsOf(doc, false)).toEqual([]);
	});

	it('a key that is not shaped like a check id is rejected', () => {
		const doc = valid();
		(doc.answers as Record<string, unknown>)['hello'] = metAnswer;
		expect(errorsOf(doc)).toEqual([
			'answers.hello: invalid key: is not a check id (e.g. A1-01, S03-5)'
		]);
	});

	it('a future schema version is a clear error', () => {
		expect(errorsOf({ ...valid(), schemaVersion: 9 })).toEqual([
			'schemaVersion: schema version 9 is newer than this app supports (3)'
		]);
	});

	it('huge strings and arrays are rejected with their limit', () => {
		const doc = valid();
		(doc.answers as Record<string, { note?: string }>)['A1-01']!.note = 'x'.repeat(4001);
		doc.evaluator = 'k'.repeat(201);
		doc.followUps = Array.from({ length: 101 }, (_, i) => ({
			id: `f${i}`,
			kind: 'email',
			sentAt: 0
		}));
		expect(errorsOf(doc)).toEqual([
			'evaluator: must be at most 200 characters',
			'answers.A1-01.note: must be at most 4000 characters',
			'followUps: must have at most 100 items'
		]);
	});

	it('bad enum, follow-up kind, date and uuid formats', () => {
		const doc = {
			...valid(),
			id: 'not-a-uuid',
			timeSlot: 'dawn',
			followUps: [{ id: 'f', kind: 'fax', sentAt: 0 }],
			consultedAt: { date: '2025-13-01', from: '9:00', to: '10:00' }
		};
		expect(errorsOf(doc)).toEqual([
			'id: must be a valid uuid',
			'timeSlot: expected one of morning, lunch, afternoon, evening, night',
			'followUps.0.kind: expected one of callback, email',
			'consultedAt.date: expected YYYY-MM-DD',
			'consultedAt.from: expected HH:MM'
		]);
	});

	it('never throws on non-objects, null, arrays or hostile getters', () => {
		expect(errorsOf(null)).toEqual(['(root): expected an object']);
		expect(errorsOf('x')).toEqual(['(root): expected an object']);
		expect(errorsOf([1])).toEqual(['(root): expected an object']);
		const hostile = {
			schemaVersion: 2,
			get id(): string {
				throw new Error('boom');
			}
		};
		expect(errorsOf(hostile)[0]).toMatch(/^\(root\): unreadable input/);
	});
});

describe('parseCampaign', () => {
	const campaign = () =>
		JSON.parse(JSON.stringify(buildCampaign({ emailAnswerStandardHours: 24 }))) as Record<
			string,
			unknown
		>;

	it('a valid campaign round-trips', () => {
		expect(parseCampaign(campaign())).toEqual({
			ok: true,
			value: buildCampaign({ emailAnswerStandardHours: 24 })
		});
	});

	it('a template with excellent below pass is rejected', () => {
		const doc = campaign();
		(doc.template as { thresholds: object }).thresholds = { pass: 80, excellent: 70 };
		const res = parseCampaign(doc);
		expect(res.ok ? [] : res.errors).toEqual([
			{
				path: 'template.thresholds.excellent',
				message: 'excellent threshold must be at least the pass threshold'
			}
		]);
	});

	it('critical check ids outside the catalog are an error when a catalog is given', () => {
		const doc = campaign();
		(doc.template as { criticalCheckIds: string[] }).criticalCheckIds = ['B1-07', 'B1-99'];
		const res = parseCampaign(doc, { catalog: smallCatalog() });
		expect(res.ok ? [] : res.errors).toEqual([
			{ path: 'template.criticalCheckIds.1', message: 'unknown check id B1-99' }
		]);
	});

	it('a negative e-mail standard is rejected', () => {
		const res = parseCampaign({ ...campaign(), emailAnswerStandardHours: -1 });
		expect(res.ok ? [] : res.errors).toEqual([
			{ path: 'emailAnswerStandardHours', message: 'must be greater than 0' }
		]);
	});
});
