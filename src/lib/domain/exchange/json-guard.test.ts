import { describe, expect, it } from 'vitest';
import { buildCampaign } from '../../testing/builders';
import { bundleAsJson, buildTestBundle, largeBundle } from '../../testing/bundles';
import { buildCampaignV1, buildEvaluationV1 } from '../../testing/legacy';
import { BUNDLE_LIMITS } from './bundle';
import { bundleSizeError } from './file-size';
import { JsonGuard, type JsonLimits } from './json-guard';
import { knownBundleFields } from './known-fields';
import { bundleGuard } from './parse-bundle';

const MiB = 1024 * 1024;

/** The bundle's guard over `text`, fed in pieces of `piece` characters (as a stream would). */
function scan(text: string, piece = 7919, guard = bundleGuard()) {
	for (let i = 0; i < text.length; i += piece) {
		const found = guard.write(text.slice(i, i + piece));
		if (found) return found;
	}
	return guard.end();
}

const guard = (doc: unknown) => scan(JSON.stringify(doc));

/** The bundle's limits with some changed. */
function limits(change: Partial<JsonLimits>): JsonLimits {
	const known = knownBundleFields();
	return {
		depth: BUNDLE_LIMITS.depth,
		longestString: BUNDLE_LIMITS.longestString,
		longestNumber: BUNDLE_LIMITS.longestNumber,
		whitespace: BUNDLE_LIMITS.whitespace,
		values: BUNDLE_LIMITS.values,
		known,
		lists: known.lists,
		longestList: known.longestList,
		unknownBudget: BUNDLE_LIMITS.unknownFields,
		...change
	};
}

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

describe('JsonGuard: padding refused as the text streams in', () => {
	it('valid bundles, current and version-1 records, compact or pretty-printed, carry no unknown field at all (budget 0)', () => {
		const noBudget = () => new JsonGuard(limits({ unknownBudget: 0 }));
		const old = bundleAsJson();
		old.evaluations = [buildEvaluationV1()];
		old.campaigns = [buildCampaignV1(buildCampaign().template)];
		for (const doc of [bundleAsJson(), bundleAsJson(largeBundle(20)), old]) {
			for (const text of [
				JSON.stringify(doc),
				JSON.stringify(doc, null, '\t'),
				JSON.stringify(doc, null, 4).replaceAll('\n', '\r\n') + '\r\n',
				'\ufeff' + JSON.stringify(doc, null, 2)
			]) {
				expect(scan(text, 7919, noBudget())).toBeNull();
				expect(scan(text, 1, noBudget())).toBeNull();
			}
		}
	});

	it('one unknown field padded with 1 MB of text is refused at its path, as soon as it is too long', () => {
		const doc = bundleAsJson();
		doc.padding = 'x'.repeat(MiB);
		const g = bundleGuard();
		const text = JSON.stringify(doc);
		const at = text.indexOf('"padding"');
		expect(g.write(text.slice(0, at + 70 * 1024))).toEqual({
			path: 'padding',
			message:
				'is a text of more than 65536 characters; no text in a bundle is longer (photos aside)'
		});
	});

	it('a text longer than any legitimate one is refused, inside a record too, with its path', () => {
		const doc = bundleAsJson() as { evaluations: Record<string, unknown>[] };
		doc.evaluations[1]!.scenario = 's'.repeat(BUNDLE_LIMITS.longestString + 1);
		expect(guard(doc)).toEqual({
			path: 'evaluations[1].scenario',
			message:
				'is a text of more than 65536 characters; no text in a bundle is longer (photos aside)'
		});
		const escaped = bundleAsJson() as { evaluations: Record<string, unknown>[] };
		escaped.evaluations[0]!.scenario = '\n'.repeat(BUNDLE_LIMITS.longestString + 1);
		expect(guard(escaped)?.path).toBe('evaluations[0].scenario');
	});

	it('photo data may be longer than any text, up to the photo size; other photo fields may not', () => {
		const doc = bundleAsJson() as { photos: Record<string, unknown>[] };
		doc.photos[0]!.dataBase64 = '/9j/' + 'A'.repeat(2 * MiB);
		expect(guard(doc)).toBeNull();
		doc.photos[0]!.dataBase64 = 'A'.repeat(Math.ceil((8 * MiB) / 3) * 4 + 1);
		expect(guard(doc)).toEqual({ path: 'photos[0].dataBase64', message: 'is larger than 8 MB' });
		doc.photos[0]!.dataBase64 = '/9j/';
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

	it('values that take far more memory than bytes (empty objects, zeros) are refused in an unknown field', () => {
		for (const item of ['{}', '0', '[]']) {
			const text = JSON.stringify(bundleAsJson()).replace(
				'{',
				`{"filler":[${`${item},`.repeat(200_000)}${item}],`
			);
			expect(scan(text)).toEqual({ path: 'filler', message: 'must have at most 20000 items' });
			const spread = JSON.stringify(bundleAsJson()).replace(
				'{',
				`{"filler":[${`[${`${item},`.repeat(10_000)}${item}],`.repeat(20)}0],`
			);
			expect(scan(spread)).toMatchObject({
				path: expect.stringMatching(/^filler\[\d+\]/) as string,
				message: 'fields this app does not know carry more than 256 KB; such padding is refused'
			});
		}
	});

	it('a list longer than its schema allows is refused as it grows, even of empty items', () => {
		const text = JSON.stringify(bundleAsJson()).replace(
			'"changeLog":[',
			`"changeLog":[${'{},'.repeat(20_000)}`
		);
		expect(scan(text)).toEqual({
			path: 'evaluations[0].changeLog',
			message: 'must have at most 20000 items'
		});
		const photos = JSON.stringify(bundleAsJson()).replace(
			'"photos":[',
			`"photos":[${'0,'.repeat(5000)}`
		);
		expect(scan(photos)).toEqual({ path: 'photos', message: 'must have at most 5000 items' });
	});

	it('more values than a file of records holds are refused, wherever they are', () => {
		const small = new JsonGuard(limits({ values: 1000 }));
		const text = JSON.stringify(bundleAsJson(largeBundle(5)));
		expect(scan(text, 4096, small)).toEqual({
			path: '(file)',
			message: 'holds more than 1000 values; such padding is refused'
		});
	});

	it('white space beyond a pretty-printer’s is refused: a run of spaces, blank lines', () => {
		const compact = JSON.stringify(bundleAsJson());
		const spaces = compact.replace('{', '{' + ' '.repeat(129));
		expect(scan(spaces)).toEqual({
			path: '(root)',
			message:
				'holds more white space between two values than a pretty-printed file (2 line breaks and 128 spaces); such padding is refused'
		});
		expect(scan(compact.replace('{', '{' + ' '.repeat(128)))).toBeNull();
		const lines = compact.replace('"campaigns":', '"campaigns":\n\n\n');
		expect(scan(lines)?.path).toBe('campaigns');
		expect(scan(compact + ' '.repeat(10 * MiB))?.path).toBe('(root)');
	});

	it('a number longer than any real one is refused', () => {
		const text = JSON.stringify(bundleAsJson()).replace(
			'"createdAt":',
			`"createdAt":${'1'.repeat(65)}`
		);
		expect(scan(text)).toEqual({
			path: 'createdAt',
			message: 'is a number of more than 64 characters'
		});
	});

	it('keys inside records (answers by check id) are data, not unknown fields', () => {
		const doc = bundleAsJson(buildTestBundle());
		const noBudget = () => new JsonGuard(limits({ unknownBudget: 0 }));
		expect(scan(JSON.stringify(doc), 7919, noBudget())).toBeNull();
		const answers = (doc.evaluations as { answers: Record<string, unknown> }[])[0]!.answers;
		(answers['A1-01'] as Record<string, unknown>).unknownInside = 1;
		expect(scan(JSON.stringify(doc), 7919, noBudget())?.path).toBe(
			'evaluations[0].answers.A1-01.unknownInside'
		);
	});

	it('a key longer than any text is refused without printing it whole', () => {
		const doc = bundleAsJson();
		doc['k'.repeat(BUNDLE_LIMITS.longestString + 1)] = 1;
		const err = guard(doc);
		expect(err?.message).toBe(`has a key of more than ${BUNDLE_LIMITS.longestString} characters`);
		expect(err!.path.length).toBeLessThan(30);
	});

	it('forbidden keys, written plainly or escaped, and nesting too deep', () => {
		const text = JSON.stringify(bundleAsJson());
		expect(scan(text.replace('{', '{"__proto__":{"x":1},'))).toEqual({
			path: '__proto__',
			message: 'forbidden key "__proto__"'
		});
		expect(scan(text.replace('{', '{"\\u005f_proto__":{"x":1},'))?.message).toBe(
			'forbidden key "__proto__"'
		);
		const deep = text.replace('{', `{"nest":${'['.repeat(40)}${']'.repeat(40)},`);
		expect(scan(deep)?.message).toBe('is nested deeper than 32 levels');
	});

	it('a syntax error is left to JSON.parse (nothing reported, nothing more read)', () => {
		expect(scan('{"format": nope nope ' + ' '.repeat(1000))).toBeNull();
		expect(scan('{"a":1}}')).toBeNull();
	});
});
