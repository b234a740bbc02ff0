/**
 * Exchange performance on a 1,000-evaluation bundle (95 answers each, real catalog).
 * Target: parse + validate + planImport ≤ 2 s on a mid-range phone; sign and verify too.
 */
import { bench, describe } from 'vitest';
import { largeBundle } from './bundles';
import { T0 } from './builders';
import { parseBundle } from '../domain/exchange/parse-bundle';
import { planImport, type ExistingRecords } from '../domain/exchange/plan-import';
import { generateSigningKey, signBundle, verifyBundle } from '../domain/exchange/signature';
import { canonicalize } from '../domain/exchange/canonical';
import { csvItems, evaluationsCsv, answersCsv } from '../domain/exchange/csv-exports';

const bundle = largeBundle(1000);
const keys = await generateSigningKey();
const signed = await signBundle(bundle, keys);
const text = JSON.stringify(signed);
const parsedOnce = parseBundle(text);
if (!parsedOnce.ok) throw new Error('bench bundle does not parse');
const existing: ExistingRecords = {
	evaluations: new Map(bundle.evaluations.slice(0, 500).map((e) => [e.id, e])),
	campaigns: new Map()
};
const items = csvItems(bundle.evaluations, bundle.campaigns);

describe(`exchange (1,000 evaluations, ${(text.length / 1024 / 1024).toFixed(1)} MB)`, () => {
	bench(
		'parseBundle + planImport',
		() => {
			const res = parseBundle(text);
			if (!res.ok) throw new Error('unexpected');
			planImport(res.bundle, existing, {
				now: T0,
				trust: { trust: 'verified', signatureMissing: false }
			});
		},
		{ iterations: 5 }
	);
	bench('canonicalize', () => void canonicalize(bundle), { iterations: 5 });
	bench('signBundle', async () => void (await signBundle(bundle, keys)), { iterations: 5 });
	bench('verifyBundle (raw)', async () => void (await verifyBundle(parsedOnce.raw)), {
		iterations: 5
	});
	bench(
		'evaluationsCsv + answersCsv',
		() => {
			evaluationsCsv(items, 'ko');
			answersCsv(items, 'ko');
		},
		{ iterations: 5 }
	);
});
