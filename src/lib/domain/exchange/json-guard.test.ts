import { describe, expect, it } from 'vitest';
import { buildCampaign } from '../../testing/builders';
import { bundleAsJson, buildTestBundle, largeBundle } from '../../testing/bundles';
import { buildCampaignV1, buildEvaluationV1 } from '../../testing/legacy';
import { BUNDLE_LIMITS } from './bundle';
import { bundleSizeError, jsonShapeError, type ContentLimits } from './json-guard';
import { knownBundleFields } from './known-fields';

const MiB = 1024 * 1024;

/** The limits parseBundle uses, with the unknown-field budget as given. */
function limits(unknownBudget: number = BUNDLE_LIMITS.unknownFields): ContentLimits {
	return {
		longestString: BUNDLE_LIMITS.longestString,
		isBulk: (path) => path.length === 3 && path[0] === 'photos' && path[2] === 'dataBase64',
		known: knownBundleFields(),
		unknownBudget
	};
}

const guard = (doc: unknown, budget?: number) =>
	jsonShapeError(doc, BUNDLE_LIMITS.depth, limits(budget));

describe('bundleSizeError (a pure function of the size)', () => {
	it('accepts up to the limit and refuses one byte more, naming both sizes', () => {
		expect(bundleSizeError(40 * MiB, 40 * MiB)).toBeNull();
		expect(bundleSizeError(0, 40 * MiB)).toBeNull();
		expect(bundleSizeError(40 * MiB + 1, 40 * MiB)).toBe('file is 40.1 MB; the limit is 40 MB');
		expect(bundleSizeError(45 * MiB, BUNDLE_LIMITS.maxBytes)).toBe(
			'file is 45 MB; the limit is 40 MB'
		);
	});
});

describe('jsonShapeError with content limits', () => {
	it('valid bundles, current and version-1 records, carry no unknown field at all (budget 0)', () => {
		expect(guard(bundleAsJson(), 0)).toBeNull();
		expect(guard(bundleAsJson(largeBundle(20)), 0)).toBeNull();
		const old = bundleAsJson();
		old.evaluations = [buildEvaluationV1()];
		old.campaigns = [buildCampaignV1(buildCampaign().template)];
		expect(guard(old, 0)).toBeNull();
	});

	it('one unknown field padded with 1 MB of text is refused at its path', () => {
		const doc = bundleAsJson();
		doc.padding = 'x'.repeat(MiB);
		expect(guard(doc)).toEqual({
			path: 'padding',
			message: `is a text of ${MiB} characters; no text in a bundle is longer than 65536 (photos aside)`
		});
	});

	it('a long text inside a record is refused too, with the record path', () => {
		const doc = bundleAsJson() as { evaluations: Record<string, unknown>[] };
		doc.evaluations[1]!.scenario = 's'.repeat(BUNDLE_LIMITS.longestString + 1);
		expect(guard(doc)?.path).toBe('evaluations[1].scenario');
	});

	it('photo data may be longer than any text: the photo schema bounds it', () => {
		const doc = bundleAsJson() as { photos: Record<string, unknown>[] };
		doc.photos[0]!.dataBase64 = '/9j/' + 'A'.repeat(2 * MiB);
		expect(guard(doc)).toBeNull();
		doc.photos[0]!.caption = 'A'.repeat(2 * MiB); // not photo data
		expect(guard(doc)?.path).toBe('photos[0].caption');
	});

	it('many small unknown fields together over the budget are refused; a few are fine', () => {
		const doc = bundleAsJson() as { evaluations: Record<string, unknown>[] };
		doc.evaluations[0]!.exportedBy = { tool: 'other', note: 'n'.repeat(1000) };
		expect(guard(doc)).toBeNull();
		doc.evaluations[0]!.extra = Array.from({ length: 300 }, () => 'y'.repeat(1000));
		expect(guard(doc)).toEqual({
			path: expect.stringMatching(/^evaluations\[0\]\.extra\[\d+\]$/) as string,
			message: 'fields this app does not know carry more than 256 KB; such padding is refused'
		});
	});

	it('keys inside records (answers by check id) are data, not unknown fields', () => {
		const doc = bundleAsJson(buildTestBundle());
		expect(guard(doc, 0)).toBeNull();
		const answers = (doc.evaluations as { answers: Record<string, unknown> }[])[0]!.answers;
		(answers['A1-01'] as Record<string, unknown>).unknownInside = 1;
		expect(guard(doc, 0)?.path).toBe('evaluations[0].answers.A1-01.unknownInside');
	});

	it('a key longer than any text is refused without printing it whole', () => {
		const doc = bundleAsJson();
		doc['k'.repeat(BUNDLE_LIMITS.longestString + 1)] = 1;
		const err = guard(doc);
		expect(err?.message).toBe(`has a key of ${BUNDLE_LIMITS.longestString + 1} characters`);
		expect(err!.path.length).toBeLessThan(30);
	});

	it('without content limits only shape is checked (as before)', () => {
		const doc = bundleAsJson();
		doc.padding = 'x'.repeat(MiB);
		expect(jsonShapeError(doc, BUNDLE_LIMITS.depth)).toBeNull();
	});
});
