import { describe, it } from 'vitest';
import {
	badText,
	bundleAsJson,
	randomText,
	mutation as mut,
	type BadCase,
	type BundleDoc as Doc
} from '../../testing/bundles';
import { answers0, ev0, expectRejected, template0 } from '../../testing/bundle-expect';

type Json = Record<string, unknown>;

const valid = JSON.stringify(bundleAsJson());
const ownKey = (obj: Json, key: string, value: unknown) =>
	Object.defineProperty(obj, key, { value, enumerable: true, configurable: true, writable: true });
const nest = (depth: number): unknown => {
	let v: unknown = 1;
	for (let i = 0; i < depth; i++) v = [v];
	return v;
};

/** Hostile and broken files: pollution keys, nesting, odd numbers, not-a-bundle, truncation. */
const fileCases: BadCase[] = [
	// Prototype-pollution keys.
	mut('top-level __proto__', '__proto__', (d) => ownKey(d, '__proto__', { polluted: 1 })),
	mut('evaluation __proto__', 'evaluations[0].__proto__', (d) => ownKey(ev0(d), '__proto__', {})),
	mut('answers __proto__', 'evaluations[0].answers.__proto__', (d) => {
		ownKey(answers0(d), '__proto__', { value: 'met' });
	}),
	mut('campaign constructor', 'campaigns[0].constructor', (d) => {
		ownKey(d.campaigns[0]!, 'constructor', { prototype: { polluted: 1 } });
	}),
	mut('template prototype', 'campaigns[0].template.prototype', (d) => {
		ownKey(template0(d), 'prototype', {});
	}),
	// Nesting.
	mut('unknown field nested 40 deep', 'extra', (d) => (d.extra = nest(40))),
	mut('note replaced by deep nesting', 'evaluations[0].overallOpinion', (d) => {
		ev0(d).overallOpinion = nest(33);
	}),
	badText(
		'100,000-deep array',
		'['.repeat(100_000) + ']'.repeat(100_000),
		/not a KS S 1006 bundle/
	),
	badText(
		'object 100,000 deep inside a bundle header',
		'{"format":"ks-s-1006-bundle","formatVersion":1,"x":' +
			'{"a":'.repeat(100_000) +
			'1' +
			'}'.repeat(100_001),
		/nested deeper than 32 levels/
	),
	// Non-finite and odd numbers via text.
	badText('NaN', valid.replace('"revision":1', '"revision":NaN'), /not a JSON file/),
	badText('Infinity', valid.replace('"revision":1', '"revision":Infinity'), /not a JSON file/),
	badText('1e400 → Infinity', valid.replace('"revision":1', '"revision":1e400'), /revision/),
	badText('-1e400', valid.replace(/"createdAt":\d+/, '"createdAt":-1e400'), /createdAt/),
	badText('1e-400 → 0', valid.replace(/"createdAt":\d+/, '"createdAt":1e-400'), /createdAt/),
	badText('hex number', valid.replace('"revision":1', '"revision":0x1'), /not a JSON file/),
	badText('trailing comma', valid.replace(/}$/, ',}'), /not a JSON file/),
	badText('single quotes', valid.replaceAll('"', "'"), /not a JSON file/),
	// Not a bundle at all.
	badText('empty file', '', /the file is empty/),
	badText('spaces only', '   ', /the file is empty/),
	badText('newlines only', '\n\r\n', /the file is empty/),
	badText('BOM only', '\uFEFF', /the file is empty/),
	badText('two BOMs', '\uFEFF\uFEFF' + valid, /not a JSON file/),
	badText('BOM + truncated', '\uFEFF' + valid.slice(0, 100), /not a JSON file/),
	badText('BOM + array', '\uFEFF[]', /not a KS S 1006 bundle/),
	badText('null', 'null', /not a KS S 1006 bundle/),
	badText('number', '42', /not a KS S 1006 bundle/),
	badText('string', '"bundle"', /not a KS S 1006 bundle/),
	badText('empty object', '{}', /not a KS S 1006 bundle/),
	badText('UTF-16 text', '\u0000{\u0000"\u0000', /not a JSON file/),
	badText('CSV instead of JSON', '평가 ID,개정\r\n1,2\r\n', /not a JSON file/),
	badText(
		'a bare evaluation',
		JSON.stringify((bundleAsJson() as Doc).evaluations[0]),
		/not a KS S 1006 bundle/
	),
	badText(
		'campaigns an object',
		valid.replace('"campaigns":[', '"campaigns":{"0":').replace(/}\],"catalog"/, '}},"catalog"'),
		/campaigns|not a JSON/
	),
	...[0.1, 0.25, 0.5, 0.75, 0.9, 0.99].map((f) =>
		badText(
			`truncated at ${f * 100}%`,
			valid.slice(0, Math.floor(valid.length * f)),
			/not a JSON file/
		)
	),
	badText('last byte cut', valid.slice(0, -1), /not a JSON file/),
	...Array.from({ length: 10 }, (_, i) =>
		badText(`random text #${i + 1}`, randomText(i + 1, 50 + i * 200), /not a JSON file|not a KS S/)
	),
	badText('valid + garbage after', valid + 'x', /not a JSON file/),
	badText('two bundles concatenated', valid + valid, /not a JSON file/),
	badText('over 40 MB', ' '.repeat(40 * 1024 * 1024 + 1), /file is 40\.1 MB; the limit is 40 MB/)
];

describe('parseBundle rejects hostile and broken files', () => {
	it.each(fileCases.map((c) => [c.name, c] as const))('%s', (_name, c) => expectRejected(c));
});
